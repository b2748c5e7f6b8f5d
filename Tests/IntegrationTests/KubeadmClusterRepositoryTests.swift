import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// A cluster repository shaped as kubeadm lays out a control-plane node (static pods, kubelet
/// configuration, encryption configuration, audit policy, the kubeadm configuration), judged end to
/// end through `Gate.check`: the hardened variant has no control-plane finding, the weakened one has
/// exactly the expected ones.
final class KubeadmClusterRepositoryTests: XCTestCase {
    /// The rules about cluster configuration (not workloads): static pods also get workload rules
    /// (`hostNetwork`), which are not this test's subject.
    private static let clusterRulePrefixes = ["K8S-APISERVER-", "K8S-ETCD-", "K8S-KUBELET-", "K8S-ENCRYPTION-", "K8S-AUDIT-",
                                              "K8S-CONTROLLER-MANAGER-", "K8S-SCHEDULER-", "K8S-CONTROL-PLANE-"]

    private static func staticPod(_ binary: String, _ flags: [String]) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: \(binary)
          namespace: kube-system
        spec:
          hostNetwork: true
          priorityClassName: system-node-critical
          containers:
            - name: \(binary)
              image: registry.k8s.io/\(binary == "etcd" ? "etcd:3.5.15-0" : "\(binary):v1.31.2")
              command:
                - \(binary)
        \(flags.map { "        - \($0)" }.joined(separator: "\n"))
        """
    }

    private static let hardened: [String: String] = [
        "etc/kubernetes/manifests/kube-apiserver.yaml": staticPod("kube-apiserver", [
            "--anonymous-auth=false", "--authorization-mode=Node,RBAC", "--enable-admission-plugins=NodeRestriction,PodSecurity",
            "--encryption-provider-config=/etc/kubernetes/encryption/config.yaml", "--audit-policy-file=/etc/kubernetes/audit/policy.yaml",
            "--audit-log-path=/var/log/kubernetes/audit.log", "--audit-log-maxage=30", "--audit-log-maxbackup=10", "--audit-log-maxsize=100",
            "--profiling=false", "--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt", "--service-account-lookup=true",
            "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt", "--tls-private-key-file=/etc/kubernetes/pki/apiserver.key",
            "--tls-min-version=VersionTLS12", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        ]),
        "etc/kubernetes/manifests/kube-controller-manager.yaml": staticPod("kube-controller-manager", [
            "--use-service-account-credentials=true", "--bind-address=127.0.0.1", "--profiling=false",
        ]),
        "etc/kubernetes/manifests/kube-scheduler.yaml": staticPod("kube-scheduler", ["--bind-address=127.0.0.1", "--profiling=false"]),
        "etc/kubernetes/manifests/etcd.yaml": staticPod("etcd", [
            "--client-cert-auth=true", "--peer-client-cert-auth=true", "--auto-tls=false", "--peer-auto-tls=false",
            "--cert-file=/etc/kubernetes/pki/etcd/server.crt", "--key-file=/etc/kubernetes/pki/etcd/server.key",
        ]),
        "var/lib/kubelet/config.yaml": """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                enabled: false
              webhook:
                enabled: true
            authorization:
              mode: Webhook
            readOnlyPort: 0
            protectKernelDefaults: true
            makeIPTablesUtilChains: true
            rotateCertificates: true
            serverTLSBootstrap: true
            tlsMinVersion: VersionTLS12
            streamingConnectionIdleTimeout: 5m0s
            """,
        "etc/kubernetes/encryption/config.yaml": """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets, configmaps]
                providers:
                  - kms:
                      apiVersion: v2
                      name: cloud-kms
                      endpoint: unix:///var/run/kms/socket.sock
                  - identity: {}
            """,
        "etc/kubernetes/audit/policy.yaml": """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages: [RequestReceived]
            rules:
              - level: Metadata
                resources:
                  - group: ""
                    resources: [secrets, configmaps, serviceaccounts/token]
                  - group: authentication.k8s.io
                    resources: [tokenreviews]
              - level: RequestResponse
                resources:
                  - group: rbac.authorization.k8s.io
              - level: Metadata
            """,
    ]

    /// The same files, each weakened the way real clusters are.
    private static let weakened: [String: String] = {
        var files = hardened
        files["etc/kubernetes/manifests/kube-apiserver.yaml"] = staticPod("kube-apiserver", [
            "--anonymous-auth=true", "--authorization-mode=AlwaysAllow", "--enable-admission-plugins=AlwaysAdmit",
            "--audit-policy-file=/etc/kubernetes/audit/policy.yaml", "--audit-log-path=/var/log/kubernetes/audit.log", "--audit-log-maxage=7",
            "--audit-log-maxbackup=10", "--audit-log-maxsize=100", "--profiling=true", "--service-account-lookup=false",
            "--token-auth-file=/etc/kubernetes/tokens.csv", "--tls-min-version=VersionTLS10",
        ])
        files["etc/kubernetes/manifests/etcd.yaml"] = staticPod("etcd", ["--client-cert-auth=false", "--peer-client-cert-auth=false", "--auto-tls=true"])
        files["var/lib/kubelet/config.yaml"] = """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                enabled: true
            authorization:
              mode: AlwaysAllow
            readOnlyPort: 10255
            streamingConnectionIdleTimeout: 0s
            """
        files["etc/kubernetes/encryption/config.yaml"] = """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
                  - aescbc:
                      keys:
                        - name: key1
                          secret: AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=
                  - identity: {}
              - resources: [configmaps]
                providers:
                  - identity: {}
                  - secretbox:
                      keys:
                        - name: key2
                          secret: ${SECRETBOX_KEY}
            """
        files["etc/kubernetes/audit/policy.yaml"] = """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: RequestResponse
            """
        return files
    }()

    private func clusterFindings(of files: [String: String]) throws -> [String: Set<String>] {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "# cluster\n")
        try repository.commitAll("empty cluster repository")
        try repository.git("checkout", "-q", "-b", "cluster")
        for (path, text) in files { try repository.write(path, text + "\n") }
        try repository.commitAll("control plane configuration")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "cluster", policyFile: nil)
        XCTAssertEqual(Set(report.scanned.map(\.path)), Set(files.keys), "every file of the cluster is judged")
        var found: [String: Set<String>] = [:]
        for judged in report.findings where Self.clusterRulePrefixes.contains(where: judged.finding.ruleID.hasPrefix) {
            found[judged.finding.path, default: []].insert(judged.finding.ruleID)
        }
        return found
    }

    func testTheHardenedControlPlaneHasNoClusterFinding() throws {
        XCTAssertEqual(try clusterFindings(of: Self.hardened), [:])
    }

    func testEachWeakenedFileIsReportedForWhatItWeakens() throws {
        let found = try clusterFindings(of: Self.weakened)
        XCTAssertEqual(found["etc/kubernetes/manifests/kube-apiserver.yaml"], [
            "K8S-APISERVER-ANONYMOUS-AUTH", "K8S-APISERVER-AUTHORIZATION-MODE", "K8S-APISERVER-ADMISSION-PLUGINS",
            "K8S-APISERVER-NO-ENCRYPTION-CONFIG", "K8S-APISERVER-AUDIT-LOG-RETENTION", "K8S-APISERVER-PROFILING",
            "K8S-APISERVER-KUBELET-CA", "K8S-APISERVER-SA-LOOKUP", "K8S-APISERVER-STATIC-TOKEN-FILE", "K8S-APISERVER-WEAK-TLS",
        ])
        XCTAssertEqual(found["etc/kubernetes/manifests/etcd.yaml"], ["K8S-ETCD-CLIENT-CERT-AUTH", "K8S-ETCD-PEER-CLIENT-CERT-AUTH", "K8S-ETCD-AUTO-TLS"])
        XCTAssertEqual(found["var/lib/kubelet/config.yaml"], [
            "K8S-KUBELET-ANONYMOUS-AUTH", "K8S-KUBELET-AUTHORIZATION-MODE", "K8S-KUBELET-READ-ONLY-PORT", "K8S-KUBELET-PROTECT-KERNEL-DEFAULTS",
            "K8S-KUBELET-SELF-SIGNED-SERVING-CERT", "K8S-KUBELET-STREAMING-TIMEOUT", "K8S-KUBELET-CERT-ROTATION",
        ])
        XCTAssertEqual(found["etc/kubernetes/encryption/config.yaml"], [
            "K8S-ENCRYPTION-KEY-COMMITTED", "K8S-ENCRYPTION-WEAK-PROVIDER",
        ])
        XCTAssertEqual(found["etc/kubernetes/audit/policy.yaml"], ["K8S-AUDIT-SECRETS-LOGGED"])
        XCTAssertEqual(found.count, 5, "the controller manager and scheduler were not weakened: \(found)")
    }
}

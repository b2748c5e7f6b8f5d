import InfragateRules
import XCTest

final class KubernetesPackTests: XCTestCase {
    private func evaluate(_ text: String, path: String = "deploy.yaml",
                          snapshot: any RepositorySnapshot = EmptySnapshot()) -> PackResult {
        KubernetesPack.evaluate(SourceFile(path: path, text: text), in: snapshot)
    }

    private func lines(_ result: PackResult, rule: String) -> [Int] {
        result.violations.filter { $0.rule.id == rule }.map(\.violation.line).sorted()
    }

    private let privilegedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
                privileged: true
        """

    func testFindingsInLaterDocumentsPointAtTheirLines() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n" + privilegedPod + "\n---\n" + privilegedPod + "\n"
        XCTAssertEqual(lines(evaluate(text), rule: "K8S-PRIVILEGED"), [15, 26])
    }

    func testJSONFindingsPointAtKeysNotAtBareBraces() {
        let json = """
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "web"},
              "spec": {
                "containers": [
                  {
                    "name": "web",
                    "image": "nginx:1.27",
                    "securityContext": {"privileged": true}
                  }
                ]
              }
            }
            """
        let result = evaluate(json, path: "pod.json")
        XCTAssertEqual(lines(result, rule: "K8S-PRIVILEGED"), [10])
        XCTAssertEqual(lines(result, rule: "K8S-RUN-AS-ROOT"), [8], "the container's `name` line")
    }

    /// One finding per problem: a floating tag is not also "no digest", but a pinned tag still is, and
    /// each container's finding names the container and its object.
    func testASubsumedRuleIsLeftOutOnlyWhereItsSubsumerReports() {
        let result = evaluate("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: nginx:latest
                    - name: proxy
                      image: envoy:1.30
            """)
        XCTAssertEqual(lines(result, rule: "K8S-IMAGE-LATEST"), [10])
        XCTAssertEqual(lines(result, rule: "K8S-IMAGE-DIGEST"), [12])
        let messages = result.violations.filter { $0.rule.id == "K8S-IMAGE-DIGEST" }.map(\.violation.message)
        XCTAssertEqual(messages, ["Container `proxy` of `Deployment` `web` image `envoy:1.30` has no digest."])
    }

    func testJSONPortsAndPolicyRulesPointAtTheirFirstKey() {
        let json = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {
                "apiVersion": "v1", "kind": "Service", "metadata": {"name": "db"},
                "spec": {"type": "LoadBalancer", "ports": [
                  {
                    "port": 5432
                  }
                ]}
              },
              {
                "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "open"},
                "spec": {"podSelector": {}, "egress": [
                  {
                    "ports": [{"port": 443}]
                  }
                ]}
              }
            ]}
            """
        let result = evaluate(json, path: "list.json")
        XCTAssertEqual(lines(result, rule: "K8S-EXPOSED-SENSITIVE-PORT"), [6])
        XCTAssertEqual(lines(result, rule: "K8S-NETWORK-POLICY-ALLOW-ALL"), [14])
        XCTAssertEqual(result.violations.first { $0.rule.id == "K8S-NETWORK-POLICY-ALLOW-ALL" }?.violation.message,
                       "NetworkPolicy `open` allows egress to any peer (a `spec.egress` rule without `to`).")
    }

    func testAMalformedDocumentIsAProblemAndItsNeighboursAreStillJudged() {
        let text = privilegedPod + "\n---\nkind: [broken\n---\n" + privilegedPod + "\n"
        let result = evaluate(text)
        XCTAssertEqual(result.problems.map(\.line), [12])
        XCTAssertEqual(lines(result, rule: "K8S-PRIVILEGED"), [10, 23])
    }

    func testAnAliasBombIsAProblemNotAHang() {
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  l0: &l0 [a, a, a, a, a, a, a, a, a]\n"
        for level in 1...9 {
            text += "  l\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        let start = Date()
        let result = evaluate(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.violations.count, 0)
    }

    func testCronJobInitContainersAreChecked() {
        let result = evaluate("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: backup
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
                        - name: prepare
                          image: busybox:1.36
                          securityContext:
                            privileged: true
                      containers:
                        - name: backup
                          image: backup:3.2
            """)
        XCTAssertEqual(lines(result, rule: "K8S-PRIVILEGED"), [15])
        XCTAssertEqual(lines(result, rule: "K8S-WRITABLE-ROOT-FS"), [12, 17])
    }

    func testEveryPodBearingKindIsChecked() {
        let podSpec = "hostIPC: true\ncontainers: [{name: app, image: \"app:1\"}]"
        func indented(_ text: String, by spaces: Int) -> String {
            text.split(separator: "\n").map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
        }
        let templated = "spec:\n  template:\n    spec:\n" + indented(podSpec, by: 6)
        let manifests = [
            "Pod": "spec:\n" + indented(podSpec, by: 2),
            "PodTemplate": "template:\n  spec:\n" + indented(podSpec, by: 4),
            "CronJob": "spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n" + indented(podSpec, by: 10),
            "Deployment": templated, "StatefulSet": templated, "DaemonSet": templated,
            "ReplicaSet": templated, "ReplicationController": templated, "Job": templated,
        ]
        for (kind, body) in manifests {
            let result = evaluate("apiVersion: v1\nkind: \(kind)\nmetadata: {name: x}\n" + body + "\n")
            XCTAssertEqual(result.violations.filter { $0.rule.id == "K8S-HOST-IPC" }.count, 1, kind)
        }
    }

    func testEphemeralContainersAreChecked() {
        let result = evaluate("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: app, image: "nginx:1.27", securityContext: {privileged: false}}]
              ephemeralContainers:
                - name: debugger
                  image: busybox:1.36
                  securityContext: {privileged: true}
            """)
        XCTAssertEqual(result.violations.filter { $0.rule.id == "K8S-PRIVILEGED" }.map(\.violation.identity),
                       ["Pod//web|ephemeralContainers:debugger|privileged"])
    }

    func testContainerSecurityContextOverridesThePods() {
        let result = evaluate("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                  containers:
                    - name: inherits
                      image: api:2.1
                    - name: overrides
                      image: api:2.1
                      securityContext:
                        runAsUser: 0
            """)
        XCTAssertEqual(lines(result, rule: "K8S-RUN-AS-ROOT"), [17])
    }

    func testPodLevelRootIsReportedAtThePodSetting() {
        let result = evaluate("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                runAsUser: 0
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsNonRoot: true
            """)
        XCTAssertEqual(lines(result, rule: "K8S-RUN-AS-ROOT"), [7])
    }

    func testListItemsAreObjects() {
        let result = evaluate("""
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  hostPID: true
                  containers: [{name: app, image: "nginx:1.27"}]
            """)
        XCTAssertEqual(lines(result, rule: "K8S-HOST-PID"), [8])
    }

    func testANetworkPolicyInAnUnchangedFileCoversTheWorkload() {
        let deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers: [{name: api, image: "api:2.1"}]
            """
        let policy = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: payments}
            spec: {podSelector: {}, policyTypes: [Ingress]}
            """
        let covered = InMemorySnapshot(files: ["apps/api.yaml": deployment, "policies/payments.yml": policy, "README.md": "NetworkPolicy"])
        XCTAssertEqual(lines(evaluate(deployment, path: "apps/api.yaml", snapshot: covered), rule: "K8S-NO-NETWORK-POLICY"), [])
        let uncovered = InMemorySnapshot(files: ["apps/api.yaml": deployment])
        XCTAssertEqual(lines(evaluate(deployment, path: "apps/api.yaml", snapshot: uncovered), rule: "K8S-NO-NETWORK-POLICY"), [2])
    }

    func testFingerprintsIgnoreLinesAndNeverHoldSecretValues() throws {
        let manifest = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  env:
                    - {name: DB_PASSWORD, value: hunter2}
            """
        func finding(_ text: String) throws -> Finding {
            let result = evaluate(text)
            let match = try XCTUnwrap(result.violations.first { $0.rule.id == "K8S-SECRET-IN-ENV" })
            return Finding(rule: match.rule, violation: match.violation, path: "deploy.yaml")
        }
        let original = try finding(manifest)
        let shifted = try finding("# a comment\n\n" + manifest)
        XCTAssertEqual(original.fingerprint, shifted.fingerprint)
        XCTAssertNotEqual(original.line, shifted.line)
        for violation in evaluate(manifest).violations {
            XCTAssertFalse(violation.violation.message.contains("hunter2"))
            XCTAssertFalse(violation.violation.identity.contains("hunter2"))
        }
    }

    private func pod(securityContext lines: String) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
        \(lines.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
        """
    }

    func testADuplicateKeyIsJudgedByItsLastValueAsKubectlReadsIt() {
        let lastTrue = evaluate(pod(securityContext: "privileged: false\nprivileged: true"))
        XCTAssertEqual(lastTrue.problems, [])
        XCTAssertEqual(lines(lastTrue, rule: "K8S-PRIVILEGED"), [10])
        let lastFalse = evaluate(pod(securityContext: "privileged: true\n\"privil\\u0065ged\": false"))
        XCTAssertEqual(lines(lastFalse, rule: "K8S-PRIVILEGED"), [], "kubectl deploys the last value, false")
    }

    func testTaggedAndMergedValuesAreJudgedAsKubectlReadsThem() {
        XCTAssertEqual(lines(evaluate(pod(securityContext: "privileged: !!bool \"true\"")), rule: "K8S-PRIVILEGED"), [9])
        XCTAssertEqual(lines(evaluate(pod(securityContext: "privileged: !!str true")), rule: "K8S-PRIVILEGED"), [],
                       "a string, which the API server refuses for a boolean field")
        XCTAssertEqual(lines(evaluate(pod(securityContext: "runAsNonRoot: true\nrunAsUser: 0x0")), rule: "K8S-RUN-AS-ROOT"), [10])
        let explicitAfterMerge = evaluate(pod(securityContext: "<<: {privileged: true}\nprivileged: false"))
        XCTAssertEqual(explicitAfterMerge.problems, [])
        XCTAssertEqual(lines(explicitAfterMerge, rule: "K8S-PRIVILEGED"), [], "explicit keys after `<<` win for every reader")
    }

    func testAMergeOverridingAnEarlierExplicitKeyIsAProblem() {
        let result = evaluate(pod(securityContext: "privileged: false\n<<: {privileged: true}"))
        XCTAssertEqual(result.problems.map(\.line), [10], "kubectl reads true, kustomize false")
    }

    func testATagTheValueDoesNotFitIsAProblem() {
        XCTAssertEqual(evaluate(pod(securityContext: "privileged: !!bool \"1\"")).problems.map(\.line), [9])
    }

    func testManifestsAreRecognisedByContent() {
        XCTAssertTrue(KubernetesPack.matches(content: "# any name\n---\napiVersion: v1\nkind: Service\n"))
        XCTAssertFalse(KubernetesPack.matches(content: "services:\n  web:\n    image: nginx:1.27\n"))
        XCTAssertFalse(KubernetesPack.matches(content: "kind: [broken\n"))
    }

    func testFilesWithoutKubernetesObjectsAreIgnored() {
        let result = evaluate("name: not a manifest\nitems: [1, 2]\n")
        XCTAssertEqual(result.violations.count, 0)
        XCTAssertEqual(result.problems, [])
    }

    func testTheFirstAuditRuleTakingEveryRequestForAResourceDecidesIt() {
        let policy = """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                resources:
                  - group: ""
                    resources: [secrets]
                    resourceNames: [noisy]
              - level: RequestResponse
                namespaces: [kube-system]
                resources:
                  - group: ""
                    resources: ["*"]
              - level: Metadata
                resources:
                  - group: ""
                    resources: [secrets, configmaps]
              - level: RequestResponse
            """
        // A rule for some names or namespaces does not stop the search; the Metadata rule does for
        // Secrets and ConfigMaps, while TokenReviews reach the catch-all.
        XCTAssertEqual(lines(evaluate(policy, path: "audit-policy.yaml"), rule: "K8S-AUDIT-SECRETS-LOGGED"), [9, 18])
    }

    func testTheFirstEncryptionListCoveringSecretsDecidesHowTheyAreWritten() {
        let configuration = """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [events]
                providers:
                  - identity: {}
              - resources: ["*."]
                providers:
                  - identity: {}
              - resources: [secrets]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
            """
        let result = evaluate(configuration, path: "encryption.yaml")
        XCTAssertEqual(lines(result, rule: "K8S-ENCRYPTION-IDENTITY-FIRST"), [9], "`*.` comes first, so the later `secrets` list never applies")
        XCTAssertEqual(lines(result, rule: "K8S-ENCRYPTION-SECRETS-NOT-COVERED"), [])
    }

    func testOnlyKeysTheAPIServerAcceptsAreReportedAndTheirValuesNeverShown() {
        let key = "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY="
        let configuration = """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
                  - aescbc:
                      keys:
                        - name: placeholder
                          secret: <BASE 64 ENCODED SECRET>
                        - name: short
                          secret: c2hvcnQ=
                        - name: real
                          secret: \(key)
            """
        let found = evaluate(configuration, path: "encryption.yaml").violations.filter { $0.rule.id == "K8S-ENCRYPTION-KEY-COMMITTED" }
        XCTAssertEqual(found.map(\.violation.line), [13])
        XCTAssertFalse(found.contains { $0.violation.message.contains(key) })
    }

    func testKubeletBooleansAreReadAsTheKubeletReadsThem() {
        let configuration = { (value: String) in
            "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: \(value)\n"
        }
        // go-yaml v2 reads `yes` as true; a quoted "true" is a string the kubelet refuses to start with.
        XCTAssertEqual(lines(evaluate(configuration("yes"), path: "kubelet.yaml"), rule: "K8S-KUBELET-ANONYMOUS-AUTH"), [5])
        XCTAssertEqual(lines(evaluate(configuration(#""true""#), path: "kubelet.yaml"), rule: "K8S-KUBELET-ANONYMOUS-AUTH"), [])
    }
}

final class KubernetesPackPerformanceTests: XCTestCase {
    /// A thousand Deployments in one file stay well inside a pre-receive hook's 5-second budget.
    func testAThousandDocumentsAreJudgedQuickly() {
        let deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
                      env: [{name: DB_PASSWORD, value: hunter2}]
                      securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
            """
        let text = Array(repeating: deployment, count: 1_000).joined(separator: "\n---\n")
        let start = Date()
        let result = KubernetesPack.evaluate(SourceFile(path: "big.yaml", text: text), in: EmptySnapshot())
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(result.violations.filter { $0.rule.id == "K8S-PRIVILEGED" }.count, 1_000)
        XCTAssertLessThan(elapsed, 3, "\(text.utf8.count) bytes took \(elapsed) s")
        print("KubernetesPack: \(text.utf8.count) bytes, \(result.violations.count) violations in \(elapsed) s")
    }
}

/// A repository revision held in memory, for rules that look beyond the file under evaluation.
private struct InMemorySnapshot: RepositorySnapshot {
    let files: [String: String]

    func filePaths(in directory: String) -> [String] {
        allFilePaths().filter { $0.split(separator: "/").dropLast().joined(separator: "/") == directory }
    }

    func allFilePaths() -> [String] { files.keys.sorted() }
    func text(at path: String) -> String? { files[path] }
}

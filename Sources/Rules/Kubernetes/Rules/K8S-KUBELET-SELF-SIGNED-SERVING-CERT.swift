import Foundation

extension KubeletSettingRule {
    static let selfSignedServingCertificate = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-SELF-SIGNED-SERVING-CERT", title: "Kubelet serves a self-signed certificate", severity: .low, cwe: 295,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Kubernetes nodes › Kubelet certificates rotated",
            rationale: "With neither `serverTLSBootstrap: true` (a serving certificate signed through the cluster's CSR API, and rotated) nor `tlsCertFile`, the kubelet makes itself a self-signed certificate, so the API server cannot verify it is talking to that node when it streams `exec`, `attach` and logs: whoever can redirect the traffic to port 10250 gets those sessions. Both are left out by default (kubeadm too). The `--rotate-server-certificates` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. Low: it takes a network position (CIS 4.2.10, 4.2.12).",
            recommendation: "Set `serverTLSBootstrap: true` and approve the kubelet serving CSRs (a CSR approver), or give `tlsCertFile`/`tlsPrivateKeyFile` issued by the cluster CA; then run the API server with `--kubelet-certificate-authority`.",
            equivalents: [.kubescape("C-0183")],
            triggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                ↓kind: KubeletConfiguration
                rotateCertificates: true
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓serverTLSBootstrap: false
                """,
                kubeadmJoin(#"rotate-server-certificates: "false""#),
            ],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                rotateCertificates: true
                serverTLSBootstrap: true
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                tlsCertFile: /var/lib/kubelet/pki/kubelet.crt
                tlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key
                """,
            ]),
        problem: { configuration in
            guard (configuration.entry("tlsCertFile")?.value.string ?? "").isEmpty else { return nil }
            return forbids("serverTLSBootstrap", false, unsafeByDefault: true)(configuration)
        },
        flag: .boolean("rotate-server-certificates", unsafeValue: false))
}

import Foundation

extension KubeletSettingRule {
    static let certificateRotation = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-CERT-ROTATION", title: "Kubelet does not rotate its client certificate", severity: .low, cwe: 324,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Kubernetes nodes › Kubelet certificates rotated",
            rationale: "Without `rotateCertificates: true` the kubelet keeps the client certificate it bootstrapped with until it expires: a stolen one stays valid for its whole lifetime, and the node drops out of the cluster on the day it expires. Leaving it out means `false` in a configuration file (kubeadm writes `true`). The `--rotate-certificates` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. Low (CIS 4.2.11).",
            recommendation: "Set `rotateCertificates: true` (and `serverTLSBootstrap: true` with a signer for the serving certificate).",
            equivalents: [.kubescape("C-0182")],
            triggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓rotateCertificates: false
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                ↓kind: KubeletConfiguration
                protectKernelDefaults: true
                """,
                kubeadmJoin(#"rotate-certificates: "false""#),
            ],
            nonTriggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                rotateCertificates: true
                serverTLSBootstrap: true
                """]),
        problem: forbids("rotateCertificates", false, unsafeByDefault: true),
        flag: .boolean("rotate-certificates", unsafeValue: false))
}

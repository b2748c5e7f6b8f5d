import Foundation

extension KubeletSettingRule {
    static let protectKernelDefaults = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-PROTECT-KERNEL-DEFAULTS", title: "Kubelet may change the node's kernel settings", severity: .low, cwe: 1188,
            checklist: "Kubernetes nodes › Kubelet protects kernel defaults",
            rationale: "Without `protectKernelDefaults: true` the kubelet rewrites kernel parameters (`vm.overcommit_memory`, `kernel.panic`…) to the values it wants instead of failing on a node whose hardening set them otherwise, so the node runs with settings nobody reviewed. Leaving it out means `false`. The `--protect-kernel-defaults` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. Low: hardening drift, not direct access (CIS 4.2.6).",
            recommendation: "Set `protectKernelDefaults: true` and set the kernel parameters the kubelet expects in the node image (sysctl).",
            equivalents: [.kubescape("C-0177")],
            triggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                ↓kind: KubeletConfiguration
                cgroupDriver: systemd
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓protectKernelDefaults: false
                """,
                kubeadmJoin(#"protect-kernel-defaults: "false""#),
            ],
            nonTriggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                protectKernelDefaults: true
                """]),
        problem: forbids("protectKernelDefaults", false, unsafeByDefault: true),
        flag: .boolean("protect-kernel-defaults", unsafeValue: false))
}

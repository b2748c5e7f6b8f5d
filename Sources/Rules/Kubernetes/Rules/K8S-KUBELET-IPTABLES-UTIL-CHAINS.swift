import Foundation

extension KubeletSettingRule {
    static let iptablesUtilityChains = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-IPTABLES-UTIL-CHAINS", title: "Kubelet does not manage its iptables chains", severity: .low, cwe: 1188,
            checklist: "Kubernetes nodes › Kubelet manages iptables",
            rationale: "`makeIPTablesUtilChains: false` stops the kubelet from creating the `KUBE-FIREWALL` chain that drops martian traffic to localhost-bound services (`route_localnet`), leaving the node's network rules to whatever else runs there. Leaving it out means `true`, so only an explicit `false` is reported. The `--make-iptables-util-chains` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. Low (CIS 4.2.7).",
            recommendation: "Remove `makeIPTablesUtilChains: false` (or set it to `true`).",
            equivalents: [.kubescape("C-0178")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓makeIPTablesUtilChains: false
                """, kubeadmJoin(#"make-iptables-util-chains: "false""#)],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                makeIPTablesUtilChains: true
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                cgroupDriver: systemd
                """,
            ]),
        problem: forbids("makeIPTablesUtilChains", false, unsafeByDefault: false),
        flag: .boolean("make-iptables-util-chains", unsafeValue: false))
}

import InfragateParsers

extension HelmSetting {
    static let hostNamespace = HelmSetting(
        keys: ["hostNetwork", "hostPID", "hostIPC"], isWeak: { $0.bool == true }, description: RuleDescription(
            id: "HELM-HOST-NAMESPACE", title: "Chart values share a host namespace", severity: .high, cwe: 668,
            checklist: "Kubernetes pod security › No host namespaces",
            rationale: "`hostNetwork`, `hostPID` or `hostIPC` in values put the chart's pods in the node's network, process or IPC namespace: they see the node's traffic, processes or shared memory. High.",
            recommendation: "Set the value to `false` unless the chart is a node agent that must have it, and then document why.",
            equivalents: [.checkov("CKV_K8S_17"), .checkov("CKV_K8S_18"), .checkov("CKV_K8S_19")],
            triggering: ["""
                agent:
                ↓  hostNetwork: true
                ↓  hostPID: yes
                """],
            nonTriggering: ["""
                agent:
                  hostNetwork: false
                """]))
}

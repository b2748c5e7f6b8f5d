import InfragateParsers

extension HelmSetting {
    static let privileged = HelmSetting(keys: ["privileged"], isWeak: { $0.bool == true }, description: RuleDescription(
        id: "HELM-PRIVILEGED", title: "Chart values run a container privileged", severity: .critical, cwe: 250,
        checklist: "Kubernetes pod security › No privileged containers",
        rationale: "Values feed the chart's `securityContext`: `privileged: true` there gives the container every capability and the node's devices. Critical, as for a manifest.",
        recommendation: "Set `privileged: false` (or remove it) in the values; grant specific capabilities if needed.",
        equivalents: [.checkov("CKV_K8S_16")],
        triggering: ["""
            controller:
              image:
                repository: ingress-nginx/controller
                tag: v1.11.2
              securityContext:
            ↓    privileged: true
            """],
        nonTriggering: ["""
            controller:
              securityContext:
                privileged: false
            """]))
}

import InfragateParsers

extension HelmSetting {
    static let runAsRoot = HelmSetting(
        keys: ["runAsNonRoot", "runAsUser"], isWeak: { $0.bool == false || $0.int == 0 }, description: RuleDescription(
            id: "HELM-RUN-AS-ROOT", title: "Chart values run containers as root", severity: .high, cwe: 250,
            checklist: "Kubernetes pod security › Containers run as non-root",
            rationale: "`runAsNonRoot: false` or `runAsUser: 0` in values make the chart's containers run as root, which shares the node's kernel. High.",
            recommendation: "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the values.",
            equivalents: [.checkov("CKV_K8S_23")],
            triggering: ["""
                podSecurityContext:
                ↓  runAsUser: 0
                ↓  runAsNonRoot: false
                """],
            nonTriggering: ["""
                podSecurityContext:
                  runAsUser: 10001
                  runAsNonRoot: true
                """]))
}

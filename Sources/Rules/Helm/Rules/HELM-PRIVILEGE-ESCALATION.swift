import InfragateParsers

extension HelmSetting {
    static let privilegeEscalation = HelmSetting(
        keys: ["allowPrivilegeEscalation"], isWeak: { $0.bool == true }, description: RuleDescription(
            id: "HELM-PRIVILEGE-ESCALATION", title: "Chart values allow privilege escalation", severity: .high, cwe: 269,
            checklist: "Kubernetes pod security › Privilege escalation disabled",
            rationale: "`allowPrivilegeEscalation: true` in values lets processes gain privileges through setuid binaries. High.",
            recommendation: "Set `allowPrivilegeEscalation: false` in the values' security context.",
            equivalents: [.checkov("CKV_K8S_20")],
            triggering: ["""
                containerSecurityContext:
                ↓  allowPrivilegeEscalation: true
                """],
            nonTriggering: ["""
                containerSecurityContext:
                  allowPrivilegeEscalation: false
                """]))
}

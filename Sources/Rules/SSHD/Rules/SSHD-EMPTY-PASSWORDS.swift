extension SSHDSettingRule {
    static let emptyPasswords = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-EMPTY-PASSWORDS", title: "SSH server accepts empty passwords", severity: .critical, cwe: 258,
            checklist: "Host security › SSH key authentication only (no password auth)",
            rationale: "`PermitEmptyPasswords yes` lets any account whose password is empty (service accounts, freshly created users) log in with no secret at all. Critical: no guessing needed.",
            recommendation: "Remove it or set `PermitEmptyPasswords no` (the default).",
            triggering: [
                "PasswordAuthentication yes\n↓PermitEmptyPasswords yes",
            ],
            nonTriggering: [
                "PermitEmptyPasswords no",
                "PasswordAuthentication no",
            ]),
        names: ["PermitEmptyPasswords"], defaultValue: "no",
        problem: { value, _ in value == "yes" ? "accounts with an empty password log in with none" : nil })
}

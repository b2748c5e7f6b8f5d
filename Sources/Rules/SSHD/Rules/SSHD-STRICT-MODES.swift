extension SSHDSettingRule {
    static let strictModes = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-STRICT-MODES", title: "SSH server accepts world-writable key files", severity: .low, cwe: 732,
            checklist: "Host security › SSH server hardened",
            rationale: "`StrictModes no` makes sshd accept `authorized_keys` files and home directories that other users can write: any local user can add a key to another account. Low: it needs a local foothold.",
            recommendation: "Remove it (the default is `yes`) and fix the permissions it was hiding.",
            triggering: [
                "↓StrictModes no",
            ],
            nonTriggering: [
                "StrictModes yes",
            ]),
        names: ["StrictModes"], defaultValue: "yes",
        problem: { value, _ in value == "no" ? "other local users can write keys into an account" : nil })
}

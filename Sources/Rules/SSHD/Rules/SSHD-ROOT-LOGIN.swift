extension SSHDSettingRule {
    static let rootLogin = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-ROOT-LOGIN", title: "Root may log in over SSH with a password", severity: .high, cwe: 250,
            checklist: "Host security › No direct root login over SSH",
            rationale: "`PermitRootLogin yes` lets root log in with any authentication method, passwords included: the one account every attacker tries, with no trail of which administrator used it. The default since OpenSSH 7.0 is `prohibit-password` (keys only), which is not reported; `without-password` is its old name. High.",
            recommendation: "Set `PermitRootLogin no` and use personal accounts with `sudo`; where automation needs root, `prohibit-password` or `forced-commands-only` with a restricted key.",
            triggering: [
                "↓PermitRootLogin yes",
                "PermitRootLogin no\nMatch User backup\n↓  PermitRootLogin yes",
            ],
            nonTriggering: [
                "PermitRootLogin no",
                "PermitRootLogin prohibit-password",
                "PermitRootLogin without-password",
                "# PermitRootLogin yes\nPort 22",
            ]),
        names: ["PermitRootLogin"], defaultValue: "prohibit-password",
        problem: { value, _ in value == "yes" ? "root logs in with any method, passwords included" : nil })
}

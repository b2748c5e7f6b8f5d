extension SSHDSettingRule {
    static let hostBasedAuthentication = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-HOSTBASED-AUTH", title: "SSH server trusts whole client hosts", severity: .medium, cwe: 290,
            checklist: "Host security › SSH key authentication only (no password auth)",
            rationale: "`HostbasedAuthentication yes` logs users in because of the host they come from (`~/.shosts`, `/etc/ssh/shosts.equiv`), not a key or password of theirs: anyone with root on a trusted host, or who can take its address, is every user. Medium.",
            recommendation: "Set `HostbasedAuthentication no` (the default) and use user keys.",
            triggering: [
                "↓HostbasedAuthentication yes\nIgnoreRhosts no",
            ],
            nonTriggering: [
                "HostbasedAuthentication no\nIgnoreRhosts yes",
            ]),
        names: ["HostbasedAuthentication"], defaultValue: "no",
        problem: { value, _ in value == "yes" ? "anyone controlling a trusted host logs in as any user" : nil })
}

extension SSHDSettingRule {
    static let userEnvironment = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-USER-ENVIRONMENT", title: "Users may set the environment of their SSH sessions", severity: .medium, cwe: 15,
            checklist: "Host security › SSH server hardened",
            rationale: "`PermitUserEnvironment` other than `no` lets users set variables through `~/.ssh/environment` or `environment=` in `authorized_keys`: `LD_PRELOAD` then runs their code in the processes of the session, and a forced command or restricted key no longer restricts. Medium.",
            recommendation: "Remove it (the default is `no`); pass what sessions need with `SetEnv`, or `AcceptEnv` of named variables.",
            triggering: [
                "↓PermitUserEnvironment yes",
                "↓PermitUserEnvironment LANG,LC_*",
            ],
            nonTriggering: [
                "PermitUserEnvironment no",
                "AcceptEnv LANG LC_*",
            ]),
        names: ["PermitUserEnvironment"], defaultValue: "no",
        problem: { value, _ in value == "no" ? nil : "a user can set `LD_PRELOAD` for the processes of the session" })
}

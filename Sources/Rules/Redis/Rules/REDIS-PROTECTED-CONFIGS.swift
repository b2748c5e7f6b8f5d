extension RedisRule {
    static let protectedConfigs = RedisRule(
        description: RuleDescription(
            id: "REDIS-PROTECTED-CONFIGS", title: "Protected configuration writable by remote clients", severity: .high, cwe: 73,
            checklist: "Databases › Dangerous features disabled",
            rationale: "`enable-protected-configs yes` lets any client that can log in change `dir`, `dbfilename` and the other protected settings with `CONFIG SET`: with `SAVE` that writes a file of its choosing anywhere Redis can write (`~/.ssh/authorized_keys`, a cron file). Redis 7 protects them by default; `local` is not reported. High.",
            recommendation: "Remove it; set these values in the configuration file.",
            triggering: [
                example("↓enable-protected-configs yes"),
            ],
            nonTriggering: [
                example("enable-protected-configs no\ndir /var/lib/redis"),
            ]),
        problems: { config in RedisRule.enabled("enable-protected-configs", in: config) })
}

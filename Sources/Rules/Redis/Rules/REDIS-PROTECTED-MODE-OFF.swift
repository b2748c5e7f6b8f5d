extension RedisRule {
    static let protectedModeOff = RedisRule(
        description: RuleDescription(
            id: "REDIS-PROTECTED-MODE-OFF", title: "Protected mode off on a Redis without a password", severity: .high, cwe: 306,
            checklist: "Databases › No passwordless or default access",
            rationale: "Protected mode is what makes a password-less Redis refuse clients from other hosts. `protected-mode no` without `requirepass` (or a password on the `default` ACL user) opens the whole dataset, and `CONFIG SET` file writes, to the network. With a password set, protected mode has no effect and is not reported. High.",
            recommendation: "Keep `protected-mode yes` (the default), and set a password before exposing Redis.",
            triggering: [
                example("bind 127.0.0.1\n↓protected-mode no"),
            ],
            nonTriggering: [
                example("protected-mode yes"),
                example("protected-mode no\nrequirepass ${REDIS_PASSWORD}"),
            ]),
        problems: { config in
            guard let mode = config.last("protected-mode"), mode.value == "no", !config.requiresAuthentication else { return [] }
            return [(mode.line, "`protected-mode no` with no password lets any host in.", "protected-mode")]
        })
}

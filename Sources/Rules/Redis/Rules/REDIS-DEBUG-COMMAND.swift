extension RedisRule {
    static let debugCommand = RedisRule(
        description: RuleDescription(
            id: "REDIS-DEBUG-COMMAND", title: "DEBUG command enabled for remote clients", severity: .medium, cwe: 489,
            checklist: "Databases › Dangerous features disabled",
            rationale: "`enable-debug-command yes` opens `DEBUG` to every client that can log in: it can crash the server, stall it (`DEBUG SLEEP`) or reload data, and has been the way into memory-corruption bugs. Redis 7 disables it by default; `local` keeps it to loopback and is not reported. Medium.",
            recommendation: "Remove it, or set `enable-debug-command local`.",
            triggering: [
                example("↓enable-debug-command yes"),
            ],
            nonTriggering: [
                example("enable-debug-command local"),
                example("enable-debug-command no"),
            ]),
        problems: { config in RedisRule.enabled("enable-debug-command", in: config) })
}

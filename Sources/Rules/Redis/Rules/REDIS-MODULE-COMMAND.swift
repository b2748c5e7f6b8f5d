extension RedisRule {
    static let moduleCommand = RedisRule(
        description: RuleDescription(
            id: "REDIS-MODULE-COMMAND", title: "MODULE command enabled for remote clients", severity: .high, cwe: 94,
            checklist: "Databases › Dangerous features disabled",
            rationale: "`enable-module-command yes` lets any client that can log in run `MODULE LOAD`: a shared library from a path it chose (after writing it with `CONFIG SET dir`/`dbfilename` and `SAVE`) runs inside Redis, a shell on the server. Redis 7 disables it by default; `local` is not reported. High.",
            recommendation: "Remove it; load modules with `loadmodule` in the configuration.",
            triggering: [
                example("↓enable-module-command yes"),
            ],
            nonTriggering: [
                example("enable-module-command no\nloadmodule /opt/redis/modules/redisbloom.so"),
            ]),
        problems: { config in RedisRule.enabled("enable-module-command", in: config) })
}

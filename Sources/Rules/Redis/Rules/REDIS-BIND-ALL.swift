extension RedisRule {
    static let boundToEveryInterface = RedisRule(
        description: RuleDescription(
            id: "REDIS-BIND-ALL", title: "Redis bound to every interface", severity: .medium, cwe: 1327,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "`bind 0.0.0.0`, `bind *`, `bind ::` or `bind * -::*` listens on every interface, public ones included: Redis then faces the internet with only its password, and the protocol has no rate limit on guesses. Medium.",
            recommendation: "Bind the private address clients use (`bind 10.0.0.5`) or loopback, and reach Redis through the private network.",
            triggering: [
                example("↓bind 0.0.0.0\nrequirepass ${REDIS_PASSWORD}"),
                example("↓bind * -::*"),
            ],
            nonTriggering: [
                example("bind 127.0.0.1 -::1"),
                example("bind 10.0.0.5 192.168.1.20"),
            ]),
        problems: { config in
            guard let bind = config.last("bind"),
                  bind.arguments.contains(where: { ["0.0.0.0", "*", "::", "::*", "-::*"].contains($0) }) else { return [] }
            return [(bind.line, "`bind \(bind.arguments.joined(separator: " "))` listens on every interface.", "bind")]
        })
}

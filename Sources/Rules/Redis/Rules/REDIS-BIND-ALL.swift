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
                example("↓bind 127.0.0.1 -0.0.0.0"),
            ],
            nonTriggering: [
                example("bind 127.0.0.1 -::1"),
                example("bind 10.0.0.5 192.168.1.20"),
            ]),
        problems: { config in
            // A leading `-` makes an address optional; it is bound all the same when it exists.
            guard let bind = config.last("bind"),
                  (config.boundAddresses ?? []).contains(where: { ["0.0.0.0", "*", "::", "::*"].contains($0) }) else { return [] }
            return [(bind.line, "`bind \(bind.arguments.joined(separator: " "))` listens on every interface.", "bind")]
        })
}

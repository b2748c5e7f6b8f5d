extension RedisRule {
    static let withoutAuthentication = RedisRule(
        description: RuleDescription(
            id: "REDIS-NO-AUTH", title: "Redis reachable beyond loopback without a password", severity: .high, cwe: 306,
            checklist: "Databases › No passwordless or default access",
            rationale: "With no `requirepass` and a `default` ACL user without a password, every client is the all-powerful default user: it reads and deletes every key and, with `CONFIG SET dir`, writes files on the server (the classic path to a shell). Reported when `bind` names an address beyond loopback: with no `bind` at all Redis listens everywhere, but protected mode (on by default) refuses remote clients of a password-less server, and `REDIS-PROTECTED-MODE-OFF` reports turning it off. High.",
            recommendation: "Set a strong `requirepass` from a secret (or `user default off` plus named ACL users with passwords), and `bind 127.0.0.1 -::1` or the private address clients use.",
            triggering: [
                example("↓bind 0.0.0.0\nport 6379"),
                example("↓bind 192.168.1.10 127.0.0.1\nport 6379"),
                example("requirepass \"\"\n↓bind 10.0.0.5"),
            ],
            nonTriggering: [
                example("bind 127.0.0.1 -::1\nport 6379"),
                example("port 6379\nprotected-mode yes"),
                example("bind 10.0.0.5\nrequirepass ${REDIS_PASSWORD}"),
                example("bind 0.0.0.0\nuser default off\nuser app on >${APP_PASSWORD} ~app:* +@read +@write"),
            ]),
        problems: { config in
            guard !config.requiresAuthentication, let bind = config.last("bind"), config.bindsBeyondLoopback else { return [] }
            return [(bind.line, "Redis listens beyond loopback and asks no client for a password.", "no-auth")]
        })
}

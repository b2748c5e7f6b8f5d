extension RedisRule {
    static let userWithoutPassword = RedisRule(
        description: RuleDescription(
            id: "REDIS-ACL-NOPASS", title: "Redis ACL user enabled without a password", severity: .high, cwe: 521,
            checklist: "Databases › No passwordless or default access",
            rationale: "An ACL `user … on nopass` (or an enabled user with no `>password` or `#hash`) logs in with any password or none, with whatever commands and keys its rules grant: often `~* +@all`. High.",
            recommendation: "Give the user a password from a secret (`>${PASSWORD}` or `#<sha256>`), or switch it `off`.",
            triggering: [
                example("↓user default on nopass ~* &* +@all"),
                example("user default off\n↓user worker on ~jobs:* +@list"),
            ],
            nonTriggering: [
                example("user default off\nuser worker on >${WORKER_PASSWORD} ~jobs:* +@list"),
                example("user reporting on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@read"),
            ]),
        problems: { config in
            config.all("user").compactMap { user in
                let rules = user.arguments.dropFirst().map { $0.lowercased() }
                guard let name = user.arguments.first, rules.contains("on"),
                      rules.contains("nopass") || !rules.contains(where: { $0.hasPrefix(">") || $0.hasPrefix("#") }) else { return nil }
                return (user.line, "ACL user `\(name)` is enabled without a password.", "user:\(name)")
            }
        })
}

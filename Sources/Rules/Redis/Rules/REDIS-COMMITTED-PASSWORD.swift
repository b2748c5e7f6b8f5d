extension RedisRule {
    static let committedPassword = RedisRule(
        description: RuleDescription(
            id: "REDIS-COMMITTED-PASSWORD", title: "Redis password written into the configuration file", severity: .high, cwe: 798,
            checklist: "Secrets › Secrets come from the secret store, not the repository",
            rationale: "A `requirepass`, `masterauth` or ACL `>password` written as a literal is committed: readable by everyone with the repository, kept in its history, and shared by every environment built from it. References the deployment substitutes (`${REDIS_PASSWORD}`, `{{ … }}`) and SHA-256 hashes (`#…`) are not reported. The message never shows the value. High.",
            recommendation: "Inject the password at deploy time (an environment substitution, a Kubernetes Secret mounted as a config, Vault), remove the literal and rotate it.",
            triggering: [
                example("bind 10.0.0.5\n↓requirepass foobared"),
                example("↓user app on >s3cr3t-app ~app:* +@all"),
            ],
            nonTriggering: [
                example("requirepass ${REDIS_PASSWORD}\nmasterauth ${REDIS_PASSWORD}"),
                example("user app on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~app:* +@all"),
            ]),
        problems: { config in
            let literal = { (value: String) in SecretValue.classify(value).isCredential }
            let passwords = ["requirepass", "masterauth"].compactMap { name in
                config.last(name).flatMap { directive in
                    literal(directive.arguments.first ?? "") ? (directive.line, "`\(name)` is a literal password.", name) : nil
                }
            }
            let users = config.all("user").compactMap { user -> (line: Int, message: String, detail: String)? in
                guard let name = user.arguments.first,
                      user.arguments.dropFirst().contains(where: { $0.hasPrefix(">") && literal(String($0.dropFirst())) }) else { return nil }
                return (user.line, "ACL user `\(name)` has a literal password.", "user:\(name)")
            }
            return passwords + users
        })
}

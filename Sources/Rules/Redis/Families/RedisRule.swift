/// One check of a `redis.conf`: `problems` returns the lines at fault and what is wrong with each.
struct RedisRule: Rule {
    let description: RuleDescription
    let problems: @Sendable (RedisConfig) -> [(line: Int, message: String, detail: String)]

    func check(_ config: RedisConfig) -> [Violation] {
        problems(config).map { Violation(line: $0.line, message: $0.message, identity: "redis|\(description.id)|\($0.detail)") }
    }

    static func example(_ lines: String) -> RuleExample {
        RuleExample(lines, path: "redis.conf")
    }

    /// `enable-x-command yes`-style switches that open a command to remote clients (`yes`, or `local`
    /// which keeps it to loopback and is not reported).
    static func enabled(_ name: String, in config: RedisConfig) -> [(line: Int, message: String, detail: String)] {
        guard let directive = config.last(name), directive.value == "yes" else { return [] }
        return [(directive.line, "`\(name) yes` lets every client that can log in use it.", name)]
    }
}

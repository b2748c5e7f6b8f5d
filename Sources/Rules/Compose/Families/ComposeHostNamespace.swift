import InfragateParsers

/// One rule per host namespace a service can join: `network_mode: host`, `pid: host`, `ipc: host`.
struct ComposeHostNamespace: Rule {
    let key: String
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        guard let entry = service.node.entry(key), entry.value.string == "host" else { return [] }
        return [Violation(line: entry.keyLine, message: "Service `\(service.name)` sets `\(key): host`.", identity: service.identity(key))]
    }

    /// A service with one extra, already indented line.
    static func example(_ line: String) -> RuleExample {
        RuleExample("""
            services:
              agent:
                image: agent:1.0
            \(line)
            """)
    }
}

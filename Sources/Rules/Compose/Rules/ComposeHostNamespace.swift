import InfragateParsers

/// One rule per host namespace a service can join: `network_mode: host`, `pid: host`, `ipc: host`.
struct ComposeHostNamespace: Rule {
    let key: String
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        guard let entry = service.node.entry(key), entry.value.string == "host" else { return [] }
        return [Violation(line: entry.keyLine, message: "Service `\(service.name)` sets `\(key): host`.", identity: service.identity(key))]
    }

    static let network = ComposeHostNamespace(key: "network_mode", description: RuleDescription(
        id: "COMPOSE-HOST-NETWORK", title: "Service uses the host network", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `network_mode: host` the container shares the host's interfaces: it can bind any port and reach services listening only on the host's localhost. High.",
        recommendation: "Remove `network_mode: host`; publish the needed ports instead.",
        equivalents: [.kics("Shared Host Network Namespace")],
        triggering: [example("↓    network_mode: host")],
        nonTriggering: [example("    network_mode: bridge")]))

    static let pid = ComposeHostNamespace(key: "pid", description: RuleDescription(
        id: "COMPOSE-HOST-PID", title: "Service shares the host PID namespace", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `pid: host` the container sees every process of the host and, as root, can signal or trace them and read their environment. High.",
        recommendation: "Remove `pid: host`.",
        equivalents: [.kics("Host Namespace is Shared")],
        triggering: [example("↓    pid: host")],
        nonTriggering: [example("    pid: \"service:web\"")]))

    static let ipc = ComposeHostNamespace(key: "ipc", description: RuleDescription(
        id: "COMPOSE-HOST-IPC", title: "Service shares the host IPC namespace", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `ipc: host` the container can read and write the shared memory of every process on the host. High.",
        recommendation: "Remove `ipc: host` (use `ipc: shareable` between cooperating services if needed).",
        equivalents: [.kics("Shared Host IPC Namespace")],
        triggering: [example("↓    ipc: host")],
        nonTriggering: [example("    ipc: private")]))

    /// A service with one extra, already indented line.
    private static func example(_ line: String) -> RuleExample {
        RuleExample("""
            services:
              agent:
                image: agent:1.0
            \(line)
            """)
    }
}

import InfragateParsers

extension ComposeHostNamespace {
    static let pid = ComposeHostNamespace(key: "pid", description: RuleDescription(
        id: "COMPOSE-HOST-PID", title: "Service shares the host PID namespace", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `pid: host` the container sees every process of the host and, as root, can signal or trace them and read their environment. High.",
        recommendation: "Remove `pid: host`.",
        equivalents: [.kics("Host Namespace is Shared")],
        triggering: [example("↓    pid: host")],
        nonTriggering: [example("    pid: \"service:web\"")]))
}

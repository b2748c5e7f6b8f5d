import InfragateParsers

extension ComposeHostNamespace {
    static let network = ComposeHostNamespace(key: "network_mode", description: RuleDescription(
        id: "COMPOSE-HOST-NETWORK", title: "Service uses the host network", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `network_mode: host` the container shares the host's interfaces: it can bind any port and reach services listening only on the host's localhost. High.",
        recommendation: "Remove `network_mode: host`; publish the needed ports instead.",
        equivalents: [.kics("Shared Host Network Namespace")],
        triggering: [example("↓    network_mode: host"), example("↓    network_mode: ${NETWORK_MODE:-host}")],
        nonTriggering: [example("    network_mode: bridge"), example("    network_mode: ${NETWORK_MODE:-bridge}")]))
}

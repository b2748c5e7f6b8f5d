import InfragateParsers

extension ComposeHostNamespace {
    static let ipc = ComposeHostNamespace(key: "ipc", description: RuleDescription(
        id: "COMPOSE-HOST-IPC", title: "Service shares the host IPC namespace", severity: .high, cwe: 668,
        checklist: "Compose container security › No host namespaces",
        rationale: "With `ipc: host` the container can read and write the shared memory of every process on the host. High.",
        recommendation: "Remove `ipc: host` (use `ipc: shareable` between cooperating services if needed).",
        equivalents: [.kics("Shared Host IPC Namespace")],
        triggering: [example("↓    ipc: host")],
        nonTriggering: [example("    ipc: private")]))
}

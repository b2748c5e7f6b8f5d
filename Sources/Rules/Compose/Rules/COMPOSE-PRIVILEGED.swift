import InfragateParsers

/// `privileged: true` gives the service every capability and the host's devices.
struct ComposePrivileged: Rule {
    let description = RuleDescription(
        id: "COMPOSE-PRIVILEGED", title: "Service runs privileged", severity: .critical, cwe: 250,
        checklist: "Compose container security › No privileged containers",
        rationale: "A privileged container has all capabilities and every host device: escaping to the host is trivial. Critical.",
        recommendation: "Remove `privileged: true`; add only the capabilities the service needs with `cap_add`.",
        equivalents: [.kics("Privileged Containers Enabled")],
        triggering: ["""
            services:
              agent:
                image: agent:1.0
            ↓    privileged: true
            """],
        nonTriggering: ["""
            services:
              agent:
                image: agent:1.0
                privileged: false
            """])

    func check(_ service: ComposeService) -> [Violation] {
        guard let entry = service.node.entry("privileged"), entry.value.bool == true else { return [] }
        return [Violation(line: entry.keyLine, message: "Service `\(service.name)` runs privileged (`privileged: true`).", identity: service.identity("privileged"))]
    }
}

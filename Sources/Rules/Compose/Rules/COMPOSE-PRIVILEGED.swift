import InfragateParsers

/// `privileged: true` gives the service every capability and the host's devices.
struct ComposePrivileged: Rule {
    let description = RuleDescription(
        id: "COMPOSE-PRIVILEGED", title: "Service runs privileged", severity: .critical, cwe: 250,
        checklist: "Compose container security › No privileged containers",
        rationale: "A privileged container has all capabilities and every host device: escaping to the host is trivial. Critical. A variable is read as Compose reads it when unset: `privileged: ${PRIVILEGED:-true}` runs privileged unless someone sets the variable.",
        recommendation: "Remove `privileged: true`; add only the capabilities the service needs with `cap_add`.",
        equivalents: [.kics("Privileged Containers Enabled")],
        triggering: ["""
            services:
              agent:
                image: agent:1.0
            ↓    privileged: true
              debug:
                image: debug:1.0
            ↓    privileged: ${DEBUG_PRIVILEGED:-true}
              tools:
                image: tools:1.0
            ↓    privileged: "${TOOLS_PRIVILEGED-yes}"
            """],
        nonTriggering: ["""
            services:
              agent:
                image: agent:1.0
                privileged: false
              debug:
                image: debug:1.0
                privileged: ${DEBUG_PRIVILEGED:-false}
              tools:
                image: tools:1.0
                privileged: ${TOOLS_PRIVILEGED:?set TOOLS_PRIVILEGED}
            """])

    func check(_ service: ComposeService) -> [Violation] {
        guard let (privileged, line) = service.interpolatedBool("privileged"), privileged else { return [] }
        return [Violation(line: line, message: "Service `\(service.name)` runs privileged (`privileged: true`).", identity: service.identity("privileged"))]
    }
}

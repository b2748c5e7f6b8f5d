import InfragateParsers

/// Capabilities added with `cap_add`, in two rules: those known to allow escapes (high) and the rest (low).
struct ComposeCapability: Rule {
    let reportsDangerous: Bool
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        (service.node["cap_add"]?.items ?? []).compactMap { item in
            guard let capability = item.string.map(LinuxCapability.normalised),
                  LinuxCapability.dangerous.contains(capability) == reportsDangerous else { return nil }
            return Violation(line: item.line, message: "Service `\(service.name)` adds capability `\(capability)`.",
                             identity: service.identity("cap_add:\(capability)"))
        }
    }

    static let dangerous = ComposeCapability(reportsDangerous: true, description: RuleDescription(
        id: "COMPOSE-DANGEROUS-CAPABILITY", title: "Service adds a dangerous capability", severity: .high, cwe: 250,
        checklist: "Compose container security › Capabilities restricted",
        rationale: "`SYS_ADMIN`, `SYS_MODULE`, `SYS_PTRACE`, `NET_ADMIN`, `DAC_READ_SEARCH` and similar capabilities are each a documented container escape or host-network takeover. High.",
        recommendation: "Remove the capability from `cap_add`; if truly needed, document why and isolate the service.",
        equivalents: [.kics("Container Capabilities Unrestricted")],
        triggering: ["""
            services:
              vpn:
                image: wireguard:1.0
                cap_add:
            ↓      - NET_ADMIN
                  - CHOWN
            ↓      - CAP_SYS_MODULE
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                cap_drop: [ALL]
                cap_add: [NET_BIND_SERVICE]
            """]))

    static let other = ComposeCapability(reportsDangerous: false, description: RuleDescription(
        id: "COMPOSE-CAP-ADD", title: "Service adds a capability", severity: .low, cwe: 250,
        checklist: "Compose container security › Capabilities restricted",
        rationale: "Every added capability widens what a compromised process may do; most services need none beyond the default set (and that set is better dropped). Low for capabilities not known to allow escapes.",
        recommendation: "Check that the service needs the capability; prefer `cap_drop: [ALL]` with the minimum added back.",
        triggering: ["""
            services:
              web:
                image: nginx:1.27
                cap_add:
            ↓      - NET_BIND_SERVICE
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                cap_drop: [ALL]
            """]))
}

import InfragateParsers

extension ComposeCapability {
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
            """, """
            services:
              web:
                image: nginx:1.27
                cap_drop: [NET_BIND_SERVICE, NET_RAW]
            """]))
}

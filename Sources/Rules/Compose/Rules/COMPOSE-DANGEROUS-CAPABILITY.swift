import InfragateParsers

extension ComposeCapability {
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
            """, """
            services:
              vpn:
                image: wireguard:1.0
                cap_drop: [NET_ADMIN, CAP_SYS_MODULE]
            """]))
}

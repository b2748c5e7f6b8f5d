import InfragateParsers

extension ComposeResourceLimit {
    static let cpu = ComposeResourceLimit(limitKey: "cpus", legacyKey: "cpus", description: RuleDescription(
        id: "COMPOSE-CPU-LIMIT", title: "Service has no CPU limit", severity: .low, cwe: 770,
        checklist: "Compose workload hygiene › CPU and memory limits set",
        rationale: "Without a CPU limit one runaway or compromised service (a crypto-miner, say) starves everything else on the host. Low: availability.",
        recommendation: "Set `deploy.resources.limits.cpus` (or `cpus`) on the service.",
        equivalents: [.kics("Cpus Not Limited")],
        triggering: ["""
            services:
            ↓  web:
                image: nginx:1.27
                mem_limit: 256m
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                deploy:
                  resources:
                    limits: {cpus: "0.50", memory: 256M}
              worker:
                image: worker:1.2
                cpus: 1.5
            """]))
}

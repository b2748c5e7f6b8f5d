import InfragateParsers

extension ComposeResourceLimit {
    static let memory = ComposeResourceLimit(limitKey: "memory", legacyKey: "mem_limit", description: RuleDescription(
        id: "COMPOSE-MEMORY-LIMIT", title: "Service has no memory limit", severity: .low, cwe: 770,
        checklist: "Compose workload hygiene › CPU and memory limits set",
        rationale: "Without a memory limit a leaking or hostile service drives the host into swapping or the kernel's OOM killer, taking other services down. Low: availability.",
        recommendation: "Set `deploy.resources.limits.memory` (or `mem_limit`) on the service.",
        equivalents: [.kics("Memory Not Limited")],
        triggering: ["""
            services:
            ↓  web:
                image: nginx:1.27
                cpus: 0.5
            ↓  worker:
                image: worker:1.2
                mem_limit: ""
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
                mem_limit: 512m
            """]))
}

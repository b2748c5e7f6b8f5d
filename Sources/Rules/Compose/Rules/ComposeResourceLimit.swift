import InfragateParsers

/// One rule per resource: a service without a CPU or memory limit can starve the host.
struct ComposeResourceLimit: Rule {
    /// `deploy.resources.limits` key (Compose specification) and the legacy service-level key.
    let limitKey: String
    let legacyKey: String
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        let deployLimit = service.node["deploy"]?["resources"]?["limits"]?[limitKey]?.string
        guard deployLimit == nil, service.node[legacyKey]?.string == nil else { return [] }
        return [Violation(line: service.line, message: "Service `\(service.name)` sets no \(limitKey) limit.",
                          identity: service.identity("limit:\(limitKey)"))]
    }

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

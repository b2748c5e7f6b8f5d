import InfragateParsers

/// Without a healthcheck, a hung service keeps receiving traffic and dependants start too early.
struct ComposeNoHealthcheck: Rule {
    let description = RuleDescription(
        id: "COMPOSE-NO-HEALTHCHECK", title: "Service has no healthcheck", severity: .low, cwe: 754,
        checklist: "Compose workload hygiene › Health checks defined",
        rationale: "Without a healthcheck Docker only knows whether the process runs, not whether it works: a wedged service is never restarted and `depends_on: condition: service_healthy` cannot be used. Low: availability. Images that define `HEALTHCHECK` themselves are not visible here.",
        recommendation: "Add a `healthcheck` with a `test` that exercises the service.",
        equivalents: [.kics("Healthcheck Not Set")],
        triggering: ["""
            services:
            ↓  api:
                image: api:2.1
              worker:
                image: worker:1.2
                healthcheck:
            ↓      disable: true
            ↓  cache:
                image: redis:7.4
                healthcheck:
            """],
        nonTriggering: ["""
            services:
              api:
                image: api:2.1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
                  interval: 30s
            """])

    func check(_ service: ComposeService) -> [Violation] {
        guard let healthcheck = service.node["healthcheck"], !healthcheck.isNull else {
            return [Violation(line: service.line, message: "Service `\(service.name)` has no healthcheck.", identity: service.identity("healthcheck"))]
        }
        guard let disable = healthcheck.entry("disable"), disable.value.bool == true else { return [] }
        return [Violation(line: disable.keyLine, message: "Service `\(service.name)` disables its healthcheck (`healthcheck.disable: true`).", identity: service.identity("healthcheck"))]
    }
}

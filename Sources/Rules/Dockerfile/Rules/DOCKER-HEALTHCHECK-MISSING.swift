import InfragateParsers

/// No `HEALTHCHECK` in the final image.
struct HealthcheckMissing: Rule {
    let description = RuleDescription(
        id: "DOCKER-HEALTHCHECK-MISSING", title: "No HEALTHCHECK in the final stage", severity: .low, cwe: 754,
        checklist: "Container security › Health check defined",
        rationale: """
            Without a health check, Docker and Swarm keep a hung or half-dead container in service and never \
            replace it. Low: it is about availability, and orchestrators such as Kubernetes use their own probes \
            instead. `HEALTHCHECK NONE` is an explicit, reviewable decision (typically "Kubernetes probes this") and \
            is accepted; a `HEALTHCHECK` in a stage the final stage is built on (`FROM base`) is inherited and counts. \
            A build environment (a last stage named `builder`, `dev` or `test`, a toolchain image given no `CMD` or \
            `ENTRYPOINT`, an ISO builder) runs no service to probe and is not reported.
            """,
        recommendation: "Add `HEALTHCHECK --interval=30s CMD <probe> || exit 1` to the final stage, or `HEALTHCHECK NONE` when the orchestrator probes the container.",
        equivalents: [.checkov("CKV_DOCKER_2"), .trivy("AVD-DS-0026"), .kics("Healthcheck Instruction Missing")],
        triggering: [
            "↓FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/",
            "FROM golang:1.22 AS build\nHEALTHCHECK CMD true\nRUN go build -o /app\n↓FROM alpine:3.20\nCOPY --from=build /app /app",
        ],
        nonTriggering: [
            "FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1",
            "FROM alpine:3.20\nHEALTHCHECK NONE",
            "FROM alpine:3.20 AS base\nHEALTHCHECK CMD [\"/bin/check\"]\nFROM base\nCMD [\"/bin/app\"]",
            "FROM golang:1.22.7\nRUN go install golang.org/x/tools/cmd/goimports@v0.24.0",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        guard let final = build.dockerfile.finalStage, !build.dockerfile.shipsBuildEnvironment,
              !build.dockerfile.shippedStages.contains(where: { !$0.instructions(withKeyword: "HEALTHCHECK").isEmpty })
        else { return [] }
        return [Violation(
            line: final.from.line, endLine: final.from.endLine,
            message: "The final stage\(final.name.map { " `\($0)`" } ?? "") defines no `HEALTHCHECK`",
            identity: final.identity("no HEALTHCHECK"))]
    }
}

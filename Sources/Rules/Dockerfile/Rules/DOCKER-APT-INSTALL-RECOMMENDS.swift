import InfragateParsers

/// `apt-get install` that also pulls every "recommended" package.
struct AptWithoutNoInstallRecommends: Rule {
    let description = RuleDescription(
        id: "DOCKER-APT-INSTALL-RECOMMENDS", title: "apt-get install without --no-install-recommends", severity: .low, cwe: 1395,
        owasp: "A06:2021 Vulnerable and Outdated Components",
        checklist: "Container security › Minimal packages installed",
        rationale: """
            By default apt installs each package's "recommended" packages too, often dozens nobody asked for, each \
            with its own CVEs. Low: more attack surface and size, not a direct weakness. \
            `-o APT::Install-Recommends=false` is accepted as the same thing.
            """,
        recommendation: "Use `apt-get install -y --no-install-recommends <packages>`.",
        equivalents: [.hadolint("DL3015"), .trivy("AVD-DS-0029")],
        triggering: [
            "FROM debian:12-slim\n↓RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
            #"""
            FROM ubuntu:24.04
            ↓RUN apt-get update \
             && apt-get -y install \
                ca-certificates=20240203 \
             && rm -rf /var/lib/apt/lists/*
            """#,
            "FROM debian:12-slim\n↓RUN <<EOF\napt-get update\napt install -y git\nEOF",
        ],
        nonTriggering: [
            "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
            "FROM debian:12-slim\nRUN apt-get -o APT::Install-Recommends=false install -y curl",
            "FROM debian:12-slim\nRUN echo apt-get install curl",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                let installs = instruction.packageInstalls.filter { $0.manager == .apt && !$0.hasOption("--no-install-recommends") }
                guard !installs.isEmpty, !instruction.shellText.contains("Install-Recommends=false") else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`apt-get install` without `--no-install-recommends` also installs recommended packages",
                    identity: stage.identity(of: instruction))
            }
        }
    }
}

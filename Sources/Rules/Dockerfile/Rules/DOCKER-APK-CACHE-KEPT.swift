import InfragateParsers

/// `apk add` without `--no-cache`: the package index stays in the layer.
struct ApkCacheKept: Rule {
    let description = RuleDescription(
        id: "DOCKER-APK-CACHE-KEPT", title: "apk add without --no-cache", severity: .info, cwe: 459,
        checklist: "Container security › Package caches removed",
        rationale: """
            Without `--no-cache`, `apk add` needs an `apk update` first and leaves the index in \
            `/var/cache/apk`, where it bloats the layer and goes stale. Info: hygiene, not a vulnerability. \
            Removing `/var/cache/apk` in the same `RUN`, or a cache mount on it, is accepted.
            """,
        recommendation: "Use `apk add --no-cache <packages>`.",
        equivalents: [.hadolint("DL3019"), .trivy("AVD-DS-0025"), .kics("Apk Add Using Local Cache Path")],
        triggering: [
            "FROM alpine:3.20\n↓RUN apk update && apk add curl=8.9.1-r0",
            "FROM alpine:3.20\n↓RUN apk add --update-cache python3",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0",
            "FROM alpine:3.20\nRUN apk add --update curl && rm -rf /var/cache/apk/*",
            "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                let commands = instruction.shellCommands
                guard commands.compactMap(PackageInstall.init).contains(where: { $0.manager == .apk && !$0.hasOption("--no-cache") }),
                      !instruction.cacheMountTargets.contains(where: { $0.hasPrefix("/var/cache/apk") }),
                      !commands.contains(where: { $0.programName == "rm" && $0.effectiveInvocation.contains { $0.hasPrefix("/var/cache/apk") } })
                else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`apk add` without `--no-cache` leaves the package index in the layer",
                    identity: stage.identity(of: instruction))
            }
        }
    }
}

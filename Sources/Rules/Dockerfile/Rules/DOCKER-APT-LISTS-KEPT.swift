import InfragateParsers

/// `apt-get install` whose package lists stay in the layer.
struct AptListsNotRemoved: Rule {
    let description = RuleDescription(
        id: "DOCKER-APT-LISTS-KEPT", title: "apt lists not removed after install", severity: .info, cwe: 459,
        checklist: "Container security › Package caches removed",
        rationale: """
            `apt-get update` leaves tens of megabytes of package lists in `/var/lib/apt/lists`; unless the same \
            `RUN` removes them they stay in the layer, and a later `apt-get install` in a derived image may use \
            the stale lists. Info: size and staleness, not a vulnerability. A BuildKit cache mount on \
            `/var/lib/apt` keeps them out of the layer and is accepted.
            """,
        recommendation: "End the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt/lists …`.",
        equivalents: [.hadolint("DL3009")],
        triggering: [
            "FROM debian:12-slim\n↓RUN apt-get update && apt-get install -y --no-install-recommends curl",
            "FROM debian:12-slim\n↓RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean",
        ],
        nonTriggering: [
            "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
            "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl",
            "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nrm -rf /var/lib/apt/lists/*\nEOF",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                let commands = instruction.shellCommands
                guard commands.contains(where: { PackageInstall($0)?.manager == .apt }),
                      !instruction.cacheMountTargets.contains(where: { $0.hasPrefix("/var/lib/apt") }),
                      !commands.contains(where: Self.removesLists)
                else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`RUN` installs with apt but leaves `/var/lib/apt/lists` in the layer",
                    identity: stage.identity(of: instruction))
            }
        }
    }

    private static func removesLists(_ command: ShellCommand) -> Bool {
        command.programName == "rm" && command.effectiveInvocation.contains { $0.hasPrefix("/var/lib/apt/lists") }
    }
}

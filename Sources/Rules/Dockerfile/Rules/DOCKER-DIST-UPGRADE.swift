import InfragateParsers

/// `apt-get upgrade` / `dist-upgrade` / `apk upgrade` in the build.
struct DistributionUpgrade: Rule {
    let description = RuleDescription(
        id: "DOCKER-DIST-UPGRADE", title: "Whole distribution upgraded during the build", severity: .info, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Supply chain › Reproducible builds",
        rationale: """
            Upgrading every package in a `RUN` makes the image depend on the day it was built, hides how stale the \
            base image really is, and can pull in changes nobody reviewed (including a `dist-upgrade` across \
            releases). Info: it also patches vulnerabilities, so the better fix is a fresh, pinned base image \
            rather than never upgrading.
            """,
        recommendation: "Move to a newer (digest-pinned) base image instead of upgrading in place; upgrade only the specific packages that need a fix.",
        equivalents: [.hadolint("DL3005"), .trivy("AVD-DS-0024")],
        triggering: [
            "FROM debian:12-slim\n↓RUN apt-get update && apt-get -y dist-upgrade",
            "FROM ubuntu:24.04\n↓RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*",
            "FROM alpine:3.20\n↓RUN apk upgrade --no-cache",
        ],
        nonTriggering: [
            "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade openssl=3.0.14-1~deb12u1",
            "FROM python:3.12-slim\nRUN pip install --upgrade pip==24.2",
        ])

    private static let upgradeSubcommands: [String: Set<String>] = [
        "apt-get": ["upgrade", "dist-upgrade", "full-upgrade"],
        "apt": ["upgrade", "dist-upgrade", "full-upgrade"],
        "aptitude": ["upgrade", "safe-upgrade", "full-upgrade"],
        "apk": ["upgrade"],
    ]

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                guard let upgrade = instruction.shellCommands.lazy.compactMap(Self.upgradeCommand).first else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`\(upgrade)` upgrades the whole distribution during the build",
                    identity: stage.identity("RUN \(upgrade)"))
            }
        }
    }

    private static func upgradeCommand(_ command: ShellCommand) -> String? {
        guard let program = command.programName, let subcommands = upgradeSubcommands[program],
              let subcommand = command.effectiveInvocation.dropFirst().first(where: { !$0.hasPrefix("-") && !$0.contains("=") }),
              subcommands.contains(subcommand)
        else { return nil }
        return "\(program) \(subcommand)"
    }
}

import InfragateParsers

/// `RUN sudo …`: builds already run as root, or deliberately not.
struct SudoInRun: Rule {
    let description = RuleDescription(
        id: "DOCKER-SUDO", title: "sudo used in RUN", severity: .medium, cwe: 250,
        checklist: "Container security › No sudo in build steps",
        rationale: """
            `RUN` steps run as the current `USER`; `sudo` is either pointless (already root) or a sign that the image \
            keeps `sudo` installed and configured so a non-root user can become root, which undoes the non-root user \
            at run time. Medium: it weakens the privilege boundary the image claims to have. Installing a package \
            named `sudo` is not itself reported.
            """,
        recommendation: "Switch with `USER root` for the privileged steps and back to the unprivileged user afterwards; do not ship `sudo` in the image.",
        equivalents: [.hadolint("DL3004"), .checkov("CKV2_DOCKER_1"), .trivy("AVD-DS-0010"), .kics("Run Using Sudo")],
        triggering: [
            "FROM ubuntu:24.04\nUSER app\n↓RUN sudo apt-get update",
            "FROM ubuntu:24.04\n↓RUN mkdir -p /opt/app && sudo -u app touch /opt/app/ready",
            "FROM ubuntu:24.04\n↓RUN [\"sudo\", \"chown\", \"app\", \"/srv\"]",
        ],
        nonTriggering: [
            "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends sudo=1.9.15p5-3ubuntu5",
            "FROM ubuntu:24.04\nRUN echo sudo is not used here",
            "FROM ubuntu:24.04\nRUN groupadd sudoers-audit",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                guard instruction.shellCommands.contains(where: { $0.invocation.first.map(RepositoryPath.name(of:)) == "sudo" }) else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`RUN` uses `sudo` in stage `\(stage.label)`",
                    identity: stage.identity(of: instruction))
            }
        }
    }
}

import InfragateParsers

/// `EXPOSE 22`: an SSH server inside the container.
struct SSHPortExposed: Rule {
    let description = RuleDescription(
        id: "DOCKER-SSH-PORT", title: "SSH port exposed", severity: .medium, cwe: 284,
        checklist: "Container security › No remote administration services exposed",
        rationale: """
            Exposing port 22 means the image runs an SSH daemon: another long-lived credentialed entry point, keys or \
            passwords to manage inside the image, and a way around the orchestrator's access control and audit \
            (`kubectl exec`, `docker exec`). Medium: it widens remote access, though the port still has to be \
            published. `22`, `22/tcp` and ranges containing 22 are checked in the stages that ship, with variables \
            substituted as the file gives them: `${PORT:-22}` is 22 unless a build argument says otherwise.
            """,
        recommendation: "Remove `EXPOSE 22` and the SSH server; use `docker exec`/`kubectl exec` or an ephemeral debug container.",
        equivalents: [.checkov("CKV_DOCKER_1"), .trivy("AVD-DS-0004")],
        triggering: [
            "FROM alpine:3.20\n↓EXPOSE 22",
            "FROM alpine:3.20\n↓EXPOSE 80 22/tcp",
            "FROM alpine:3.20\nARG SSH_PORT=22\n↓EXPOSE ${SSH_PORT}",
            "FROM alpine:3.20\n↓EXPOSE 20-25/tcp",
            "FROM alpine:3.20\n↓EXPOSE ${PORT:-22}",
            "FROM alpine:3.20\nARG PORTS=\"80 22\"\n↓EXPOSE $PORTS",
            "FROM alpine:3.20\n↓EXPOSE \"2\"2",
            "FROM alpine:3.20\n↓EXPOSE 2\\2/tcp",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nEXPOSE 8080",
            "FROM alpine:3.20\nEXPOSE 2222 220/udp 22/udp",
            "FROM alpine:3.20 AS build\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 443",
            "FROM alpine:3.20\nEXPOSE $PORT",
            "FROM alpine:3.20\nARG PORT=8080\nEXPOSE ${PORT:-22}",
            "FROM alpine:3.20\nEXPOSE \"2222\" 2\\20/udp",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.shippedStages.flatMap { stage in
            stage.instructions(withKeyword: "EXPOSE").compactMap { instruction -> Violation? in
                // What the file asks for: `EXPOSE ${PORT:-22}` exposes 22 unless someone passes another port.
                guard let ports = instruction.defaultResolvedWords?.flatMap({ $0.split(whereSeparator: \.isWhitespace) }),
                      ports.contains(where: Self.includesSSH)
                else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`EXPOSE \(instruction.arguments)` exposes the SSH port 22",
                    identity: stage.identity("EXPOSE 22"))
            }
        }
    }

    /// `22`, `22/tcp` or a range such as `20-25`; SSH does not listen on `22/udp` or `22/sctp`.
    private static func includesSSH(_ port: Substring) -> Bool {
        let parts = port.split(separator: "/", maxSplits: 1)
        if parts.count == 2, parts[1].lowercased() != "tcp" { return false }
        let number = parts.first ?? ""
        let bounds = number.split(separator: "-", maxSplits: 1).compactMap { Int($0) }
        guard let low = bounds.first else { return false }
        return (low...max(low, bounds.last ?? low)).contains(22)
    }
}

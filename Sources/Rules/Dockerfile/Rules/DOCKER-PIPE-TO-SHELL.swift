import InfragateParsers

/// `curl … | sh`: running a script straight from the network.
struct PipeToShell: Rule {
    let description = RuleDescription(
        id: "DOCKER-PIPE-TO-SHELL", title: "Downloaded script piped into a shell", severity: .high, cwe: 494,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Supply chain › Remote content verified before use",
        rationale: """
            `curl … | sh`, `wget -O- … | sudo bash`, `bash <(curl …)` and `sh -c "$(curl …)"` execute whatever the \
            server sends at build time, as root, with no review and no integrity check; a compromised host or a \
            man-in-the-middle owns the image. High: it is remote code execution in the build by design. Downloading \
            to a file and verifying a checksum before running it is not reported.
            """,
        recommendation: "Download to a file, verify it (`echo \"<sha256>  install.sh\" | sha256sum -c -`), then run it; better, install a pinned package or copy the tool from a pinned image.",
        triggering: [
            "FROM debian:12-slim\n↓RUN curl -fsSL https://get.example.com/install.sh | sh",
            "FROM debian:12-slim\n↓RUN wget -qO- https://example.com/setup | sudo bash -",
            "FROM debian:12-slim\n↓RUN bash <(curl -s https://example.com/install.sh)",
            "FROM debian:12-slim\n↓RUN sh -c \"$(curl -fsSL https://example.com/install.sh)\"",
            #"""
            FROM debian:12-slim
            RUN apt-get update \
                && apt-get install -y curl
            ↓RUN set -eux; \
                curl -fsSL https://deb.nodesource.com/setup_20.x \
                  | bash -
            """#,
            "FROM debian:12-slim\n↓RUN <<EOF\nset -e\ncurl -fsSL https://example.com/install.sh | sh\nEOF",
            "FROM python:3.12-slim\n↓RUN [\"/bin/sh\", \"-c\", \"curl -sSL https://install.python-poetry.org | python3 -\"]",
        ],
        nonTriggering: [
            #"""
            FROM debian:12-slim
            RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \
             && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/install.sh" | sha256sum -c - \
             && sh /tmp/install.sh
            """#,
            "FROM debian:12-slim\nRUN curl -fsSL https://example.com/data.json | jq .version",
            "FROM debian:12-slim\nRUN echo 'curl https://example.com | sh' > /usr/share/doc/readme.txt",
            "FROM debian:12-slim\nRUN python3 <<EOF\nprint('curl x | sh')\nEOF",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                guard let (downloader, runner) = ShellCommand.pipedDownload(in: instruction.shellCommands) else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`RUN` executes a script downloaded with `\(downloader)` by `\(runner)` without verifying it",
                    identity: stage.identity("RUN \(downloader)|\(runner)"))
            }
        }
    }
}

import InfragateParsers

/// `ADD https://…` without `--checksum`: remote content taken on trust.
struct AddRemoteURL: Rule {
    let description = RuleDescription(
        id: "DOCKER-ADD-REMOTE-URL", title: "ADD downloads a URL without a checksum", severity: .medium, cwe: 494,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Supply chain › Remote content verified before use",
        rationale: """
            `ADD <url>` puts whatever the server returns into the image, with no integrity check: a compromised \
            host, a re-tagged release or a hijacked domain changes the image silently. Medium: it needs an upstream \
            compromise, but nothing would notice one. `ADD --checksum=sha256:…` (BuildKit) verifies the download \
            and is not reported.
            """,
        recommendation: "Add `--checksum=sha256:<digest>` to the `ADD`, or download with `curl` in a `RUN` and verify with `sha256sum -c`.",
        equivalents: [.checkov("CKV_DOCKER_4")],
        triggering: [
            "FROM alpine:3.20\n↓ADD https://example.com/tool.tar.gz /opt/",
            "ARG VERSION=1.2.3\nFROM alpine:3.20\n↓ADD https://github.com/org/tool/releases/download/v${VERSION}/tool /usr/local/bin/tool",
            "FROM alpine:3.20\n↓ADD --chmod=755 http://downloads.example.com/install.sh /tmp/",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/",
            "FROM alpine:3.20\nADD rootfs.tar.gz /",
            "FROM alpine:3.20\nCOPY --from=ghcr.io/org/tools:1.0 /bin/tool /usr/local/bin/",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "ADD").compactMap { instruction -> Violation? in
                guard instruction.flag("checksum") == nil else { return nil }
                let urls = instruction.copySources.filter { $0.contains("://") }.map(redactedURL)
                guard !urls.isEmpty else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`ADD` downloads \(urls.map { "`\($0)`" }.joined(separator: ", ")) without `--checksum`",
                    identity: stage.identity("ADD \(urls.joined(separator: ","))"))
            }
        }
    }
}

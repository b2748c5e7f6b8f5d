import InfragateParsers

/// `ADD app.py /app/`: `ADD` where `COPY` does the same without the surprises.
struct AddInsteadOfCopy: Rule {
    let description = RuleDescription(
        id: "DOCKER-ADD-INSTEAD-OF-COPY", title: "ADD used for local files", severity: .low, cwe: 710,
        checklist: "Container security › COPY used for local files",
        rationale: """
            `ADD` silently unpacks anything that looks like a tar archive and fetches URLs, so what lands in the image \
            depends on the content of the source, not just its name. For plain local files `COPY` does the same job \
            predictably. Low: a hygiene issue that hides surprises rather than a vulnerability. Tar archives (which \
            `ADD` is for) and URLs (a separate rule) are not reported.
            """,
        recommendation: "Use `COPY` for local files and directories; keep `ADD` for local tar archives that should be extracted.",
        equivalents: [.hadolint("DL3020"), .checkov("CKV_DOCKER_4"), .trivy("AVD-DS-0005"), .kics("Add Instead of Copy")],
        triggering: [
            "FROM alpine:3.20\n↓ADD app.py /app/",
            "FROM alpine:3.20\n↓ADD [\"config.json\", \"/etc/app/\"]",
            "FROM alpine:3.20\n↓ADD --chown=app src/ /srv/",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nADD rootfs.tar.gz /",
            "FROM alpine:3.20\nCOPY app.py /app/",
            "FROM alpine:3.20\nADD https://example.com/tool.tgz /tmp/",
            "FROM alpine:3.20\nADD git@github.com:org/repo.git /src",
            "FROM alpine:3.20\nADD $ARCHIVE /opt/",
        ])

    private static let archiveSuffixes = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz", ".zst"]

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "ADD").compactMap { instruction -> Violation? in
                let sources = instruction.copySources
                guard !sources.isEmpty, instruction.heredocs.isEmpty, sources.allSatisfy(Self.isPlainLocalFile) else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`ADD` of local \(sources.map { "`\($0)`" }.joined(separator: ", ")): `COPY` does this without implicit extraction",
                    identity: stage.identity(of: instruction))
            }
        }
    }

    private static func isPlainLocalFile(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return !lowered.contains("://") && !lowered.hasPrefix("git@") && !lowered.contains("$")
            && !archiveSuffixes.contains(where: lowered.hasSuffix)
    }
}

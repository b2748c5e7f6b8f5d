import InfragateParsers

/// `curl … | sh` in a job runs whatever the server sends, next to the job's token and variables.
struct PipelinePipeToShell: Rule {
    let description = RuleDescription(
        id: "GITLAB-PIPE-TO-SHELL", title: "Downloaded script piped into a shell", severity: .high, cwe: 494,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Remote content verified before use",
        rationale: """
            `curl … | sh`, `wget -qO- … | bash` and `sh -c "$(curl …)"` execute whatever the server returns at that \
            moment, unreviewed and unverified, in a job holding `CI_JOB_TOKEN` and the project's CI/CD variables. A \
            compromised download host becomes code execution in every pipeline that runs it (the Codecov uploader, \
            2021). High.
            """,
        recommendation: "Install a pinned package or use an image that already has the tool; otherwise download to a file and verify its checksum (`sha256sum -c`) before running it.",
        equivalents: [Equivalent(tool: "poutine", id: "unverified_script_exec")],
        triggering: [RuleExample("""
            build:
              image: alpine:3.20
              before_script:
            ↓    - wget -qO- https://get.example.com/install.sh | sh
              script:
                - |
                  set -eu
            ↓      curl -fsSL https://deb.nodesource.com/setup_20.x \\
                    | bash -
                  make build
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              image: alpine:3.20
              script:
                - curl -fsSLo install.sh https://get.example.com/install.sh
                - echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  install.sh" | sha256sum -c -
                - sh install.sh
                - curl -fsSL "$CI_API_V4_URL/projects/$CI_PROJECT_ID" | jq -r .name
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        var occurrences = Occurrences()
        return pipeline.scriptLines.compactMap { scriptLine in
            guard let download = ShellCommand.pipedDownload(in: scriptLine.commands) else { return nil }
            let pipe = "\(scriptLine.scope.identity)|\(scriptLine.key)|\(download.downloader)|\(download.runner)"
            let identity = occurrences.identity(of: pipe)
            return Violation(line: scriptLine.line,
                             message: "\(scriptLine.scope.name) runs a script downloaded with `\(download.downloader)` in `\(download.runner)` without verifying it (`\(scriptLine.key)`).",
                             identity: identity)
        }
    }
}

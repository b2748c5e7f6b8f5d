import InfragateParsers

/// `curl … | bash` in a job runs whatever the server sends, next to the job's token and secrets.
struct WorkflowPipeToShell: Rule {
    let description = RuleDescription(
        id: "GHA-PIPE-TO-SHELL", title: "Downloaded script piped into a shell", severity: .high, cwe: 494,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Remote content verified before use",
        rationale: """
            `curl … | bash`, `wget -qO- … | sh`, `bash <(curl …)` and `iwr … | iex` execute whatever the server returns \
            at that moment, unreviewed and unverified, on a runner holding the job's `GITHUB_TOKEN` and secrets. A \
            compromised download host or CDN (the Codecov uploader, 2021) becomes code execution in every pipeline \
            that runs it. High.
            """,
        recommendation: "Use a pinned action or package, or download to a file and verify its checksum (`sha256sum -c`) before running it.",
        equivalents: [Equivalent(tool: "poutine", id: "unverified_script_exec")],
        triggering: [RuleExample("""
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - name: Install tools
                    run: |
                      set -eu
            ↓          curl -fsSL https://get.example.com/install.sh \\
                        | bash -s -- --yes
            ↓      - run: bash <(curl -s https://codecov.io/bash)
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      curl -fsSLo install.sh https://get.example.com/install.sh
                      echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  install.sh" | sha256sum -c -
                      bash install.sh
                      curl -fsSL https://api.example.com/version | jq -r .tag
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        var occurrences = Occurrences()
        return workflow.runLines.compactMap { runLine in
            guard let download = ShellCommand.pipedDownload(in: runLine.commands) else { return nil }
            let pipe = "\(download.downloader)|\(download.runner)"
            let key = "\(runLine.step.identity)|\(pipe)"
            return Violation(line: runLine.line, message: "\(runLine.step.displayName) runs a script downloaded with `\(download.downloader)` in `\(download.runner)` without verifying it.",
                             identity: occurrences.identity(of: key))
        }
    }
}

import InfragateParsers

/// A `workflow_run` job that downloads the triggering run's artifacts handles a fork's files with the base repository's secrets.
struct WorkflowRunArtifact: Rule {
    /// Actions that fetch artifacts of another run.
    private static let crossRunDownloaders: Set<String> = ["dawidd6/action-download-artifact", "actions/download-artifact"]

    let description = RuleDescription(
        id: "GHA-WORKFLOW-RUN-ARTIFACT", title: "Artifacts of the triggering run used in a privileged workflow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Untrusted input never interpolated into scripts",
        rationale: """
            A `workflow_run` workflow runs with the base repository's secrets and a write token after another run — \
            often a `pull_request` run from a fork — completes. Downloading that run's artifacts \
            (`actions/download-artifact` with `run-id: ${{ github.event.workflow_run.id }}`, or \
            `dawidd6/action-download-artifact`) brings in files the fork's code wrote: an archive that overwrites \
            scripts or `.git/hooks`, a "PR number" that is really a shell payload. High: the classic artifact \
            poisoning path from a fork to the repository's secrets.
            """,
        recommendation: "Treat the artifact as untrusted data: download it into a scratch folder (`path: ${{ runner.temp }}/pr`), never execute or source it, validate every value read from it (a PR number must be digits), and keep secrets out of that job.",
        triggering: [
            RuleExample("""
                on:
                  workflow_run:
                    workflows: [CI]
                    types: [completed]
                jobs:
                  comment:
                    runs-on: ubuntu-latest
                    steps:
                ↓      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16
                        with:
                          name: pr
                          run-id: ${{ github.event.workflow_run.id }}
                          github-token: ${{ secrets.GITHUB_TOKEN }}
                ↓      - uses: dawidd6/action-download-artifact@bf251b5aa9c2f7eeb574a96ee720e24f801b7c11
                        with:
                          workflow: ci.yml
                      - run: gh pr comment "$(cat pr/number)" --body-file pr/report.md
                """, path: ".github/workflows/comment.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
                        with:
                          name: dist
                          path: dist
                  deploy:
                    needs: build
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16
                        with:
                          name: dist
                """, path: ".github/workflows/release.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.triggers.contains("workflow_run") else { return [] }
        return workflow.jobs.flatMap(\.steps).compactMap { step in
            guard let action = step.action, Self.crossRunDownloaders.contains(action), let uses = step.node.entry("uses") else { return nil }
            // `actions/download-artifact` fetches another run's artifacts only when given a `run-id`.
            if action == "actions/download-artifact", step.node["with"]?["run-id"] == nil { return nil }
            return Violation(line: uses.keyLine, message: "\(step.displayName) downloads artifacts of the run that triggered this `workflow_run` workflow.",
                             identity: "\(step.identity)|workflow-run-artifact")
        }
    }
}

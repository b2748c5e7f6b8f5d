import Foundation
import InfragateParsers

/// The "pwn request": a privileged trigger that checks out and so runs the pull request's code.
struct UntrustedCheckout: Rule {
    /// `with:` values that point the checkout at the pull request's head instead of the base.
    private static let untrustedSource = [
        #"github\.event\.pull_request\.head\.(sha|ref|repo\.full_name)"#,
        #"github\.event\.pull_request\.merge_commit_sha"#,
        #"github\.head_ref"#,
        #"github\.event\.workflow_run\.head_(sha|branch|repository\.full_name)"#,
        #"refs/pull/"#,
    ].joined(separator: "|")

    let description = RuleDescription(
        id: "GHA-UNTRUSTED-CHECKOUT", title: "Privileged workflow checks out pull request code", severity: .critical, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Privileged workflows never run untrusted code",
        rationale: """
            `pull_request_target` and `workflow_run` run in the context of the base repository: with its secrets and a \
            token that can write, even when the pull request comes from a fork. Checking out the pull request's head \
            there and building, testing or even installing dependencies from it runs code any GitHub user wrote with \
            those privileges (a "pwn request"). Critical: it is remote code execution with repository write access, \
            open to the internet.
            """,
        recommendation: "Build untrusted code under `pull_request` (no secrets, read-only token); if results need privileges, pass them as artifacts to a separate `workflow_run` job that never executes them.",
        equivalents: [Equivalent(tool: "zizmor", id: "dangerous-triggers"), .kics("Beta - Checkout Of Untrusted Code In Privileged Context")],
        triggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                        with:
                ↓          ref: ${{ github.event.pull_request.head.sha }}
                      - run: npm ci && npm test
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on:
                  workflow_run:
                    workflows: [CI]
                    types: [completed]
                jobs:
                  report:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                ↓          repository: ${{ github.event.workflow_run.head_repository.full_name }}
                          fetch-depth: 0
                """, path: ".github/workflows/ci.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: pull_request
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Workflow.privilegedTriggers) else { return [] }
        return workflow.jobs.flatMap(\.steps).compactMap { step in
            guard step.action == "actions/checkout", let inputs = step.node["with"] else { return nil }
            guard let entry = ["ref", "repository"].lazy.compactMap({ inputs.entry($0) }).first(where: Self.pointsAtPullRequest) else { return nil }
            return Violation(line: entry.keyLine,
                             message: "\(step.displayName) checks out the pull request's code (`\(entry.key)`) in a workflow triggered by \(workflow.privilegedTriggerNames).",
                             identity: "\(step.identity)|checkout")
        }
    }

    private static func pointsAtPullRequest(_ entry: YAMLEntry) -> Bool {
        entry.value.string?.range(of: untrustedSource, options: [.regularExpression, .caseInsensitive]) != nil
    }
}

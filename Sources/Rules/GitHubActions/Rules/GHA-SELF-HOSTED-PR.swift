import InfragateParsers

/// Pull requests from forks running on a self-hosted runner run a stranger's code on your machine.
struct SelfHostedRunnerOnPullRequest: Rule {
    private static let pullRequestTriggers: Set<String> = ["pull_request", "pull_request_target"]

    let description = RuleDescription(
        id: "GHA-SELF-HOSTED-PR", title: "Self-hosted runner used for pull requests", severity: .low, cwe: 653,
        checklist: "CI/CD › Untrusted code runs only on ephemeral, isolated runners",
        rationale: """
            A pull request from a fork can change what the job runs, so on a self-hosted runner anyone who opens one \
            executes code inside your network, on a machine that usually persists between jobs (so it can plant \
            backdoors for later, privileged jobs) and often holds cloud credentials. Low: GitHub asks for approval \
            before running first-time contributors' workflows, and private repositories have no outside forks; \
            it is still a decision to review.
            """,
        recommendation: "Run pull request jobs on GitHub-hosted or ephemeral, isolated runners; keep self-hosted runners for trusted branches.",
        equivalents: [Equivalent(tool: "zizmor", id: "self-hosted-runner"), .kics("Beta - Self-hosted Runner Used in Pull Request Workflow"), Equivalent(tool: "poutine", id: "pr_runs_on_self_hosted")],
        triggering: [RuleExample("""
            on: [push, pull_request]
            jobs:
              test:
            ↓    runs-on: [self-hosted, linux, x64]
                steps:
                  - run: make test
              lint:
            ↓    runs-on: self-hosted
                steps:
                  - run: make lint
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [
            RuleExample("""
                on:
                  push:
                    branches: [main]
                jobs:
                  deploy:
                    runs-on: [self-hosted, linux]
                    steps:
                      - run: make deploy
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: pull_request
                jobs:
                  test:
                    runs-on: ubuntu-24.04
                    steps:
                      - run: make test
                """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Self.pullRequestTriggers) else { return [] }
        return workflow.jobs.compactMap { job in
            guard job.runnerLabels.contains(where: { $0.lowercased() == "self-hosted" }),
                  let entry = job.node.entry("runs-on") else { return nil }
            return Violation(line: entry.keyLine, message: "Job `\(job.id)` runs pull requests on a self-hosted runner.",
                             identity: "\(job.identity)|runs-on")
        }
    }
}

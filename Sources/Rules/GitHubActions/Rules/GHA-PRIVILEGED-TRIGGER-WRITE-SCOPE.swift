import InfragateParsers

/// `contents: write` or `id-token: write` on a workflow any GitHub user can start hands an injection or
/// a pwn request the power to push, publish or assume cloud roles.
struct PrivilegedTriggerWriteScope: Rule {
    /// Events anyone can cause that run with the base repository's token and secrets.
    private static let openTriggers: Set<String> = Workflow.privilegedTriggers.union(["issue_comment"])
    /// Scopes that reach beyond the repository's issues and pull requests: pushing code and tags,
    /// publishing packages, minting OIDC tokens that cloud roles trust.
    private static let dangerousScopes = ["contents", "packages", "id-token"]

    let description = RuleDescription(
        id: "GHA-PRIVILEGED-TRIGGER-WRITE-SCOPE", title: "Write scope for code, packages or OIDC on a workflow anyone can trigger",
        severity: .medium, cwe: 250,
        checklist: "CI/CD › Workflow tokens scoped to least privilege",
        rationale: """
            `pull_request_target`, `workflow_run` and `issue_comment` run in the base repository with its token \
            whatever fork or commenter caused them. Whatever runs there (an injected title, a checked-out pull \
            request, a compromised action) gets the scopes the workflow grants: `contents: write` pushes commits \
            and tags to protected code, `packages: write` replaces published images and packages, and \
            `id-token: write` mints OIDC tokens that cloud roles trusting the repository accept, a foothold in \
            production. A `branches:` filter on `workflow_run` does not narrow this: it matches the name of the \
            triggering run's head branch, which a fork chooses. Medium: it needs a second flaw to be used, and turns \
            any such flaw into a supply-chain compromise. Scopes of labels, comments and statuses (`pull-requests: write`) are not reported: they \
            are what such workflows exist for.
            """,
        recommendation: "Keep the triggered workflow to `contents: read` plus the issue or pull-request scope it needs; push, publish or deploy from a separate workflow on `push` or `workflow_dispatch`, or a job behind a protected environment.",
        triggering: [
            RuleExample("""
                on: pull_request_target
                permissions:
                ↓  contents: write
                  pull-requests: write
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
                  publish:
                    runs-on: ubuntu-latest
                    permissions:
                ↓      id-token: write
                ↓      packages: write
                    steps:
                      - run: ./publish.sh
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                on:
                  issue_comment:
                    types: [created]
                jobs:
                  rebase:
                    runs-on: ubuntu-latest
                ↓    permissions: { contents: write }
                    steps:
                      - run: gh pr checkout "$PR" && git rebase main && git push --force
                """, path: ".github/workflows/x.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                permissions:
                  contents: write
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                      pull-requests: write
                    steps:
                      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                on:
                  push:
                    tags: ["v*"]
                permissions:
                  contents: write
                  id-token: write
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    steps:
                      - run: ./release.sh
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Self.openTriggers) else { return [] }
        let triggerNames = Self.openTriggers.intersection(workflow.triggers).sorted().map { "`\($0)`" }.joined(separator: " and ")
        // A job's `permissions` replaces the workflow's: a workflow grant matters only to jobs without their own.
        let workflowGrantReachesAJob = workflow.jobs.contains { $0.node["permissions"] == nil }
        var scopes = workflowGrantReachesAJob ? [(workflow.root["permissions"], "The workflow", "workflow")] : []
        scopes += workflow.jobs.map { (job: WorkflowJob) in (job.node["permissions"], "Job `\(job.id)`", job.identity) }
        return scopes.flatMap { permissions, owner, identity -> [Violation] in
            guard let permissions else { return [] }
            return Self.dangerousScopes.compactMap { scope in
                guard let entry = permissions.entry(scope), entry.value.string == "write" else { return nil }
                return Violation(line: entry.keyLine,
                                 message: "\(owner) grants `\(scope): write` in a workflow triggered by \(triggerNames).",
                                 identity: "\(identity)|permissions|\(scope)")
            }
        }
    }
}

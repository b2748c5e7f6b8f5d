import InfragateParsers

/// `secrets: inherit` in a workflow anyone can trigger with the base repository's secrets.
struct SecretsInheritedOnPrivilegedTrigger: Rule {
    /// Events an outsider causes (a fork's pull request, a comment, an issue, a run one of those
    /// started) whose workflows run in the base repository with its secrets.
    private static let openTriggers: Set<String> = Workflow.privilegedTriggers.union(["issue_comment", "issues", "discussion", "discussion_comment"])
    /// Conditions (lower-cased, without spaces) that keep outsiders out: the same repository's
    /// branches only, or a check of the commenter's association.
    private static let insiderGuards = [
        "head.repo.full_name==github.repository", "github.repository==github.event.pull_request.head.repo.full_name",
        "head.repo.fork==false", "!github.event.pull_request.head.repo.fork", "head_repository.full_name==github.repository",
        "author_association",
    ]

    let description = RuleDescription(
        id: "GHA-SECRETS-INHERIT-PRIVILEGED-TRIGGER", title: "All secrets passed on in a workflow outsiders can trigger", severity: .high, cwe: 200,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            `pull_request_target`, `workflow_run`, `issue_comment`, `issues`, `discussion` and `discussion_comment` \
            workflows run in the base repository with its secrets for events anyone can cause. A job there that \
            calls a reusable workflow with `secrets: inherit` hands the called workflow every secret — also when it \
            is this repository's own (`./.github/workflows/…`): one injectable expression or checkout of the pull \
            request's head in the called workflow, or in anything it calls in turn, then leaks all of them, not \
            the one it needs. High: the secrets reach code an outsider influences. A job whose `if:` admits only \
            the repository's own branches or checks the commenter's `author_association` (with no `||` around it) \
            is not reported; `GHA-SECRETS-INHERIT` reports other repositories' workflows on any trigger.
            """,
        recommendation: "Pass only the secrets the called workflow declares (`secrets: { DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }} }`), or move the job to a `pull_request` or `push` workflow.",
        equivalents: [Equivalent(tool: "zizmor", id: "secrets-inherit")],
        subsumes: ["GHA-SECRETS-INHERIT"],
        triggering: [
            RuleExample("""
                on:
                  pull_request_target:
                    types: [opened, synchronize]
                jobs:
                  preview:
                    uses: ./.github/workflows/preview.yml
                ↓    secrets: inherit
                  release:
                    uses: octo-org/shared/.github/workflows/release.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
                ↓    secrets: inherit
                """, path: ".github/workflows/preview.yml"),
            RuleExample("""
                on: [issue_comment]
                jobs:
                  command:
                    if: contains(github.event.comment.body, '/deploy') || github.event.comment.author_association == 'OWNER'
                    uses: ./.github/workflows/deploy.yml
                ↓    secrets: inherit
                """, path: ".github/workflows/command.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  preview:
                    uses: ./.github/workflows/preview.yml
                    secrets:
                      PREVIEW_TOKEN: ${{ secrets.PREVIEW_TOKEN }}
                  internal:
                    if: github.event.pull_request.head.repo.full_name == github.repository
                    uses: ./.github/workflows/deploy.yml
                    secrets: inherit
                """, path: ".github/workflows/preview.yml"),
            RuleExample("""
                on:
                  push:
                    branches: [main]
                jobs:
                  deploy:
                    uses: ./.github/workflows/deploy.yml
                    secrets: inherit
                """, path: ".github/workflows/deploy.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Self.openTriggers) else { return [] }
        let triggers = Self.openTriggers.intersection(workflow.triggers).sorted().map { "`\($0)`" }.joined(separator: " and ")
        return workflow.jobs.compactMap { job in
            guard let uses = job.node["uses"]?.string, let secrets = job.node.entry("secrets"), secrets.value.string == "inherit",
                  !Self.admitsInsidersOnly(job) else { return nil }
            return Violation(line: secrets.keyLine,
                             message: "Job `\(job.id)` passes every secret to `\(uses)` in a workflow triggered by \(triggers).",
                             identity: "\(job.identity)|secrets-inherit")
        }
    }

    private static func admitsInsidersOnly(_ job: WorkflowJob) -> Bool {
        guard let condition = job.node["if"]?.string?.lowercased().filter({ $0 != " " && $0 != "\n" }), !condition.contains("||") else { return false }
        return insiderGuards.contains(where: condition.contains)
    }
}

import InfragateParsers

/// `if: contains(github.event.comment.body, '/deploy')` authorizes by what a comment says, and anyone
/// can write a comment.
struct CommentCommandWithUncheckedAuthor: Rule {
    /// Comment events that run in the base repository, with its secrets and token.
    private static let commentTriggers: Set<String> = ["issue_comment", "discussion_comment"]
    /// Condition text that decides on who wrote the comment rather than on what it says.
    private static let authorChecks = ["author_association", "comment.user.login", "github.actor", "github.triggering_actor", "sender.login"]
    /// Actions that stop the job unless the commenter has a given permission on the repository.
    private static let permissionCheckActions: Set<String> = [
        "peter-evans/slash-command-dispatch", "xt0rted/slash-command-action", "lannonbr/repo-permission-check-action",
        "prince-chrismc/check-actor-permissions-action", "sushichop/action-repository-permission", "actions-cool/check-user-permission",
    ]
    /// Text of a script that asks the API for the commenter's permission.
    private static let permissionQueries = ["getcollaboratorpermissionlevel", "/collaborators/", "checkcollaborator"]

    let description = RuleDescription(
        id: "GHA-COMMENT-COMMAND-UNCHECKED-AUTHOR", title: "Comment command runs for any commenter", severity: .high, cwe: 863,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Privileged workflows never run untrusted code",
        rationale: """
            An `issue_comment` workflow runs on the default branch with the repository's secrets and token, for a \
            comment by any GitHub user on any issue or pull request. A job gated only on the comment's text \
            (`contains(github.event.comment.body, '/deploy')`, `startsWith(…, '/test')`) is a command anyone can \
            type: when the job then reads secrets or checks out code, typically the pull request's, the commenter \
            runs it with those privileges. High: one comment from an outsider reaches the secrets. Reported when \
            the job (or a job it `needs`) checks neither `author_association`, the commenter's login, nor their \
            permission (an API query or a permission-checking action), and uses a secret or `actions/checkout`.
            """,
        recommendation: "Also require `contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.comment.author_association)`, or check the commenter's permission first (`peter-evans/slash-command-dispatch` with `permission: write`, or the collaborators permission API) in a job the command job `needs`.",
        triggering: [
            RuleExample("""
                on:
                  issue_comment:
                    types: [created]
                jobs:
                  deploy-preview:
                ↓    if: github.event.issue.pull_request && contains(github.event.comment.body, '/preview')
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                      - run: ./deploy-preview.sh
                        env:
                          TOKEN: ${{ secrets.PREVIEW_TOKEN }}
                  benchmark:
                    runs-on: ubuntu-latest
                    steps:
                ↓      - if: ${{ startsWith(github.event.comment.body, '/bench') }}
                        run: ./bench.sh --upload "${{ secrets.BENCH_KEY }}"
                """, path: ".github/workflows/x.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on:
                  issue_comment:
                    types: [created]
                jobs:
                  authorize:
                    if: startsWith(github.event.comment.body, '/preview')
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
                        with:
                          script: |
                            const { data } = await github.rest.repos.getCollaboratorPermissionLevel({
                              ...context.repo, username: context.actor })
                            if (!['admin', 'write'].includes(data.permission)) core.setFailed('not allowed')
                  deploy-preview:
                    needs: authorize
                    if: startsWith(github.event.comment.body, '/preview')
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                      - run: ./deploy-preview.sh
                  benchmark:
                    if: >-
                      contains(github.event.comment.body, '/bench') &&
                      contains(fromJSON('["OWNER", "MEMBER"]'), github.event.comment.author_association)
                    runs-on: ubuntu-latest
                    steps:
                      - run: ./bench.sh --upload "${{ secrets.BENCH_KEY }}"
                  thanks:
                    if: contains(github.event.comment.body, 'thank')
                    runs-on: ubuntu-latest
                    steps:
                      - run: gh issue edit "$NUMBER" --add-label thanked
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard workflow.isTriggered(byAnyOf: Self.commentTriggers) else { return [] }
        let checked = Self.authorCheckedJobs(in: workflow.jobs)
        return workflow.jobs.flatMap { job -> [Violation] in
            guard !checked.contains(job.id), Self.isPrivileged(job) else { return [] }
            return job.conditions.compactMap { condition in
                guard let text = condition.entry.value.string, Self.readsCommentBody(text) else { return nil }
                return Violation(line: condition.entry.keyLine,
                                 message: "\(condition.owner) runs on what a comment says, with no check of who wrote it.",
                                 identity: "\(condition.identity)|comment-command")
            }
        }
    }

    private static func readsCommentBody(_ condition: String) -> Bool {
        Expression.dottedIndexes(in: condition).lowercased().contains("github.event.comment.body")
    }

    /// The jobs that look at who commented, or need (transitively) one that does: each job's own check
    /// is carried forward along `needs`, once per edge.
    private static func authorCheckedJobs(in jobs: [WorkflowJob]) -> Set<String> {
        var dependents: [String: [String]] = [:]
        for job in jobs {
            let needs = job.node["needs"]
            for needed in needs?.string.map({ [$0] }) ?? needs?.items.compactMap(\.string) ?? [] {
                dependents[needed, default: []].append(job.id)
            }
        }
        var checked = Set(jobs.filter(hasAuthorCheck).map(\.id))
        var pending = Array(checked)
        while let id = pending.popLast() {
            for dependent in dependents[id] ?? [] where checked.insert(dependent).inserted {
                pending.append(dependent)
            }
        }
        return checked
    }

    private static func hasAuthorCheck(_ job: WorkflowJob) -> Bool {
        let conditions = job.conditions.compactMap { $0.entry.value.string?.lowercased() }
        if conditions.contains(where: { condition in authorChecks.contains(where: condition.contains) }) { return true }
        return job.steps.contains { step in
            if let action = step.action, permissionCheckActions.contains(action) { return true }
            let scripts = step.scripts.compactMap { $0.node.string?.lowercased() }
            return scripts.contains { script in permissionQueries.contains(where: script.contains) }
        }
    }

    /// The job reads a secret or checks out code.
    private static func isPrivileged(_ job: WorkflowJob) -> Bool {
        job.steps.contains { $0.action == "actions/checkout" } || mentionsSecrets(job.node)
    }

    private static func mentionsSecrets(_ node: YAMLNode) -> Bool {
        switch node.content {
        case .scalar(let scalar): scalar.text.range(of: "secrets.", options: .caseInsensitive) != nil
        case .sequence(let items): items.contains(where: mentionsSecrets)
        case .mapping(let entries): entries.contains { mentionsSecrets($0.value) }
        }
    }
}

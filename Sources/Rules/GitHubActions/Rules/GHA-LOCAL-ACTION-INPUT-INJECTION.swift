import InfragateParsers

/// `with: title: ${{ github.event.pull_request.title }}` passed to this repository's composite action,
/// whose script expands `${{ inputs.title }}`: the injection is in the pair of files.
struct LocalActionInputInjection: Rule {
    let description = RuleDescription(
        id: "GHA-LOCAL-ACTION-INPUT-INJECTION", title: "Untrusted event data passed to a local action or workflow input its script expands", severity: .high, cwe: 94,
        owasp: "A03:2021 Injection",
        checklist: "CI/CD › Untrusted input never interpolated into scripts",
        rationale: """
            A composite action of the repository (`uses: ./.github/actions/x`) or a reusable workflow of it (a job's \
            `uses: ./.github/workflows/r.yml`) whose `run:` (or a code input of a script-running action) expands \
            `${{ inputs.title }}`, directly or through an `env:` variable read as `${{ env.X }}`, pastes the caller's value into the script as text before the shell parses it. When a \
            workflow passes that input an issue title, a pull request body, a comment or a branch name, whoever \
            writes them runs code on the runner with the job's token and secrets; neither file alone shows it. \
            High. The callee is read from the caller's revision (`action.yml` or `action.yaml`, or the workflow \
            file), and a change to an action or a workflow re-judges the workflows of `.github/workflows/`.
            """,
        recommendation: "In the action, pass inputs to scripts through `env:` and read them as shell variables (`env: TITLE: ${{ inputs.title }}` then `echo \"$TITLE\"`); never expand `${{ inputs.* }}` inside `run:`.",
        equivalents: [.checkov("CKV_GHA_2"), Equivalent(tool: "zizmor", id: "template-injection")],
        triggering: [RuleExample("""
            on: pull_request_target
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - uses: ./.github/actions/greet
                    with:
            ↓          title: ${{ github.event.pull_request.title }}
                      number: ${{ github.event.pull_request.number }}
                  - uses: ./.github/actions/label/
                    with:
            ↓          Branch: "${{ github.head_ref }}"
              notify:
                uses: ./.github/workflows/notify.yml
                with:
            ↓      message: Opened ${{ github.event.pull_request.body }}
            """, path: ".github/workflows/greet.yml", neighbours: [
                ".github/workflows/notify.yml": """
                    on:
                      workflow_call:
                        inputs:
                          message: {type: string}
                    env:
                      MESSAGE: ${{ inputs.message }}
                    jobs:
                      post:
                        runs-on: ubuntu-latest
                        steps:
                          - run: ./notify.sh "${{ env.MESSAGE }}"
                    """,
                ".github/actions/greet/action.yml": """
                    inputs:
                      title: {required: true}
                      number: {required: true}
                    runs:
                      using: composite
                      steps:
                        - shell: bash
                          run: echo "PR ${{ inputs.number }} - ${{ inputs.title }}"
                    """,
                ".github/actions/label/action.yaml": """
                    runs:
                      using: composite
                      steps:
                        - shell: bash
                          env:
                            BRANCH: ${{ inputs['branch'] }}
                          run: gh pr edit --add-label "${{ env.BRANCH }}"
                    """,
            ])],
        nonTriggering: [RuleExample("""
            on: pull_request_target
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - uses: ./.github/actions/greet
                    with:
                      title: ${{ github.event.pull_request.title }}
                      number: ${{ github.event.pull_request.number }}
                  - uses: ./.github/actions/missing
                    with:
                      title: ${{ github.event.pull_request.title }}
              notify:
                uses: ./.github/workflows/notify.yml
                with:
                  message: Opened ${{ github.event.pull_request.body }}
            """, path: ".github/workflows/greet.yml", neighbours: [
                ".github/workflows/notify.yml": """
                    on:
                      workflow_call:
                        inputs:
                          message: {type: string}
                    jobs:
                      post:
                        runs-on: ubuntu-latest
                        steps:
                          - env:
                              MESSAGE: ${{ inputs.message }}
                            run: ./notify.sh "$MESSAGE"
                    """,
                ".github/actions/greet/action.yml": """
                    inputs:
                      title: {required: true}
                      number: {required: true}
                    runs:
                      using: composite
                      steps:
                        - shell: bash
                          env:
                            TITLE: ${{ inputs.title }}
                          run: echo "PR ${{ inputs.number }} - $TITLE"
                    """,
            ])])

    func check(_ workflow: Workflow) -> [Violation] {
        guard !workflow.localActionCodeInputs.isEmpty else { return [] }
        let steps = workflow.jobs.flatMap(\.steps).map { (node: $0.node, name: $0.displayName, identity: $0.identity) }
        let calls = workflow.jobs.map { (node: $0.node, name: "Job `\($0.id)`", identity: $0.identity) }
        return (steps + calls).flatMap { caller -> [Violation] in
            guard let uses = caller.node["uses"]?.string, let codeInputs = workflow.localActionCodeInputs[uses], !codeInputs.isEmpty else { return [] }
            return (caller.node["with"]?.entries ?? []).flatMap { entry -> [Violation] in
                guard codeInputs.contains(entry.key.lowercased()), let value = entry.value.string else { return [] }
                var seen = Set<String>()
                let injections = Expression.all(in: value).compactMap { expression -> (fragment: Substring, context: String)? in
                    guard let context = expression.firstMatch(of: ScriptInjection.untrustedContext)?.lowercased(),
                          seen.insert(context).inserted else { return nil }
                    return (expression.fragment, context)
                }
                let lines = workflow.locator.lines(of: injections.map(\.fragment), in: entry.value)
                return zip(injections, lines).map { injection, line in
                    Violation(line: line,
                              message: "\(caller.name) passes untrusted `\(injection.context)` as `\(entry.key)` to `\(uses)`, whose script expands it.",
                              identity: "\(caller.identity)|with:\(entry.key.lowercased())|\(injection.context)")
                }
            }
        }
    }
}

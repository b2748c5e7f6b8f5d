import InfragateParsers

/// `if: ${{ a }} && ${{ b }}` is a string with text around its expressions, and any non-empty string is true.
struct UnsoundCondition: Rule {
    let description = RuleDescription(
        id: "GHA-UNSOUND-CONDITION", title: "Workflow condition that is always true", severity: .medium, cwe: 670,
        checklist: "CI/CD › Privileged workflows never run untrusted code",
        rationale: """
            An `if:` is evaluated as one expression only when it is bare or exactly one `${{ … }}`. With anything \
            else around the braces (a second `${{ }}` joined by `&&`, a quote, a space, or the line break a `|` \
            block keeps at its end) the runner substitutes the expressions into a string, and a non-empty string \
            is true: the guard never stops anything. Such guards usually keep forks away from secrets or \
            deployments, so the step runs for every fork and commenter. Medium: what it exposes depends on what \
            the condition was meant to protect.
            """,
        recommendation: "Write the whole condition as one expression (`if: ${{ a && b }}` or bare `if: a && b`); for a block scalar use `|-` or `>-` so no line break is kept.",
        equivalents: [Equivalent(tool: "zizmor", id: "unsound-condition"), Equivalent(tool: "poutine", id: "if_always_true")],
        triggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                ↓    if: ${{ github.event.pull_request.head.repo.full_name == github.repository }} && ${{ github.actor != 'octocat' }}
                    steps:
                      - name: Deploy preview
                ↓        if: |
                          ${{ github.event.pull_request.head.repo.fork == false }}
                        run: ./deploy-preview.sh
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                name: Publish
                runs:
                  using: composite
                  steps:
                    - shell: bash
                ↓      if: "${{ inputs.publish == 'true' }} "
                      run: ./publish.sh
                """, path: ".github/actions/publish/action.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    if: ${{ github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'octocat' }}
                    steps:
                      - name: Deploy preview
                        if: |-
                          ${{ github.event.pull_request.head.repo.fork == false }}
                        run: ./deploy-preview.sh
                      - if: github.ref == 'refs/heads/main' && success()
                        run: ./notify.sh
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.conditions.compactMap { condition in
            guard let text = condition.entry.value.string, text.contains("${{") else { return nil }
            let expressions = Expression.all(in: text)
            // No complete expression: the runner refuses the workflow, there is no condition to judge.
            guard let first = expressions.first, expressions.count > 1 || first.fragment.count != text.count else { return nil }
            return Violation(line: condition.entry.keyLine,
                             message: "\(condition.owner) has an `if:` with text outside its `${{ }}`, a non-empty string that is always true.",
                             identity: "\(condition.identity)|if")
        }
    }
}

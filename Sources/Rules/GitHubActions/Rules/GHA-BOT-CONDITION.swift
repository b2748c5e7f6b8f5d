import InfragateParsers

/// `if: github.actor == 'dependabot[bot]'` names who caused the latest event, not who wrote the code.
struct SpoofableBotCondition: Rule {
    /// Contexts naming the account that caused the run, which anyone can make a bot be.
    private static let actorContexts = ["github.actor", "github.triggering_actor"]

    let description = RuleDescription(
        id: "GHA-BOT-CONDITION", title: "Spoofable bot check in a workflow condition", severity: .high, cwe: 290,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            `github.actor` is whoever caused the latest event of the run, not the author of the code it runs: an \
            attacker opens a pull request from a fork, then gets Dependabot (or another bot) to act on it, for \
            instance by asking it to rebase, and the check `github.actor == 'dependabot[bot]'` passes on their code. \
            Such checks usually guard auto-merge or steps with secrets, so they hand both to the attacker. High.
            """,
        recommendation: "Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`), and in privileged workflows check out nothing the condition does not vouch for.",
        equivalents: [Equivalent(tool: "zizmor", id: "bot-conditions")],
        triggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  automerge:
                    runs-on: ubuntu-latest
                ↓    if: github.actor == 'dependabot[bot]'
                    steps:
                      - name: Merge
                ↓        if: ${{ github.triggering_actor == 'renovate[bot]' && github.event.pull_request.draft == false }}
                        run: gh pr merge --auto --squash "$PR"
                      - name: Approve
                ↓        if: startsWith(github.actor, 'dependabot')
                        run: gh pr review --approve "$PR"
                """, path: ".github/workflows/automerge.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request_target
                jobs:
                  automerge:
                    runs-on: ubuntu-latest
                    if: github.event.pull_request.user.login == 'dependabot[bot]'
                    steps:
                      - if: github.actor != 'dependabot[bot]' && github.actor != 'octocat'
                        run: gh pr merge --auto --squash "$PR"
                """, path: ".github/workflows/automerge.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.conditions.compactMap { condition in
            guard let text = condition.entry.value.string, let context = Self.botComparison(in: text) else { return nil }
            return Violation(line: condition.entry.keyLine, message: "\(condition.owner) trusts `\(context)` to be a bot, which anyone can arrange.",
                             identity: "\(condition.identity)|if:\(context)")
        }
    }

    /// The actor context compared with a `[bot]` account, if the condition does that: for equality, or
    /// through `contains`, `startsWith` or `endsWith` (`startsWith(github.actor, 'dependabot')`).
    private static func botComparison(in condition: String) -> String? {
        let text = condition.lowercased()
        return actorContexts.first { context in
            text.ranges(of: context).contains { range in
                let literal = comparedLiteral(after: text[range.upperBound...]) ?? comparedLiteral(before: text[..<range.lowerBound])
                return literal?.contains("[bot]") == true
            }
        } ?? botFunctionCall(in: text)
    }

    /// The actor context an expression function tests against a bot name, as in `contains('…[bot]', github.actor)`.
    private static func botFunctionCall(in text: String) -> String? {
        for function in ["contains(", "startswith(", "endswith("] {
            for call in text.ranges(of: function) {
                let arguments = text[call.upperBound...].prefix { $0 != ")" }
                guard arguments.contains("bot"), arguments.contains("'") else { continue }
                if let context = actorContexts.first(where: { arguments.contains($0) }) { return context }
            }
        }
        return nil
    }

    /// `x` of `== 'x'` at the start of `text`.
    private static func comparedLiteral(after text: Substring) -> Substring? {
        var rest = text.drop { $0 == " " }
        guard rest.hasPrefix("==") else { return nil }
        rest = rest.dropFirst(2).drop { $0 == " " }
        guard rest.first == "'" else { return nil }
        rest = rest.dropFirst()
        return rest.firstIndex(of: "'").map { rest[..<$0] }
    }

    /// `x` of `'x' ==` at the end of `text`.
    private static func comparedLiteral(before text: Substring) -> Substring? {
        guard let last = text.lastIndex(where: { $0 != " " }), text[...last].hasSuffix("==") else { return nil }
        let operand = text[..<text.index(before: last)]
        guard let close = operand.lastIndex(where: { $0 != " " }), operand[close] == "'" else { return nil }
        let inner = operand[..<close]
        return inner.lastIndex(of: "'").map { inner[inner.index(after: $0)...] }
    }
}

import Foundation
import InfragateParsers

/// `contains('refs/heads/main refs/heads/release', github.ref)` is a substring test: `refs/heads/mai` passes.
struct UnsoundContains: Rule {
    /// `contains('literal', context)`, the context read after index rewriting (`env['X']` as `env.X`).
    private static let literalHaystack = NSRegularExpression(
        contextPattern: #"contains\(\s*'((?:[^']|'')*)'\s*,\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_*-]+)*)\s*\)"#)
    /// Contexts whose value whoever pushes a branch, opens a pull request or dispatches a run chooses.
    private static let controllableContexts: Set<String> = [
        "github.ref", "github.ref_name", "github.head_ref", "github.base_ref", "github.actor", "github.triggering_actor",
        "github.event.pull_request.head.ref", "github.event.workflow_run.head_branch",
    ]
    private static let controllablePrefixes = ["env.", "inputs.", "github.event.inputs."]

    let description = RuleDescription(
        id: "GHA-UNSOUND-CONTAINS", title: "Condition tests a chosen name as a substring of a list", severity: .medium, cwe: 697,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Privileged workflows never run untrusted code",
        rationale: """
            With a string as its first argument, `contains()` asks whether the second is any part of it, not one of \
            its words. `contains('refs/heads/main refs/heads/release', github.ref)` is true for a branch named `mai`, \
            `release` or `n refs`, and names of branches, tags, actors and inputs are chosen by whoever pushes or \
            dispatches. A condition meant to limit a deploy or a secret to a few branches then admits branches \
            anyone with push access (or a fork's head branch) can create. Medium: it widens a guard rather than \
            removing it.
            """,
        recommendation: "Test membership in an array: `contains(fromJSON('[\"refs/heads/main\", \"refs/heads/release\"]'), github.ref)`, or compare with `==`.",
        equivalents: [Equivalent(tool: "zizmor", id: "unsound-contains")],
        triggering: [
            RuleExample("""
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                ↓    if: contains('refs/heads/main refs/heads/production', github.ref)
                    environment: production
                    steps:
                ↓      - if: ${{ github.event_name == 'push' && contains('main,staging', env['TARGET_BRANCH']) }}
                        run: ./deploy.sh
                """, path: ".github/workflows/x.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    if: contains(fromJSON('["refs/heads/main", "refs/heads/production"]'), github.ref)
                    steps:
                      - if: contains(github.event.head_commit.message, '[deploy]') && contains('push schedule', github.event_name)
                        run: ./deploy.sh
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.conditions.compactMap { condition in
            guard let text = condition.entry.value.string, let context = Self.controllableNeedle(in: text) else { return nil }
            return Violation(line: condition.entry.keyLine,
                             message: "\(condition.owner) tests `\(context)` as a substring of a literal string, which names chosen to match pass.",
                             identity: "\(condition.identity)|contains:\(context)")
        }
    }

    /// The first user-chosen context searched for in a string literal, lowercased.
    private static func controllableNeedle(in condition: String) -> String? {
        let text = Expression.dottedIndexes(in: condition)
        return literalHaystack.matches(in: text, range: NSRange(text.startIndex..., in: text)).lazy.compactMap { match -> String? in
            guard let range = Range(match.range(at: 2), in: text) else { return nil }
            let context = text[range].lowercased()
            let isControllable = controllableContexts.contains(context) || controllablePrefixes.contains(where: context.hasPrefix)
            return isControllable ? context : nil
        }.first
    }
}

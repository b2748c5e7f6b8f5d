import Foundation
import InfragateParsers

/// A composite action of this repository (`uses: ./.github/actions/x`), read from the same revision
/// as its caller: which of its inputs its scripts expand as text, so that the caller's value for
/// them is judged as if written in the script.
enum LocalAction {
    /// `inputs.NAME` (after index rewriting, also `inputs['NAME']`) in an expression.
    private static let inputReference = NSRegularExpression(contextPattern: #"(?<![A-Za-z0-9_.])inputs\.([A-Za-z_][A-Za-z0-9_-]*)"#)
    private static let environmentReference = NSRegularExpression(contextPattern: #"(?<![A-Za-z0-9_.])env\.([A-Za-z_][A-Za-z0-9_-]*)"#)

    /// The action's folder for `./path` references (`./.github/actions/x`, `./`), nil for others or
    /// for paths that leave the repository.
    static func directory(of uses: String) -> String? {
        guard uses.hasPrefix("./") else { return nil }
        let components = uses.dropFirst(2).split(separator: "/").filter { $0 != "." }
        guard !components.contains("..") else { return nil }
        return components.joined(separator: "/")
    }

    /// For every step of `workflows` that uses a local composite action, the lowercased inputs that
    /// action expands into a script, keyed by the step's `uses` as written.
    static func codeInputs(of workflows: [Workflow], in snapshot: any RepositorySnapshot) -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for uses in Set(workflows.flatMap(\.jobs).flatMap(\.steps).compactMap(\.uses)) where found[uses] == nil {
            guard let directory = directory(of: uses) else { continue }
            let prefix = directory.isEmpty ? "" : directory + "/"
            guard let text = snapshot.text(at: prefix + "action.yml") ?? snapshot.text(at: prefix + "action.yaml") else { continue }
            let parsed = YAMLParser.parse(text, dialect: .gitHubActions)
            let actions = Workflow.workflows(in: parsed.documents, locator: ScalarLocator(source: text))
            found[uses] = Set(actions.flatMap(\.jobs).flatMap(\.steps).flatMap(codeInputs(of:)))
        }
        return found
    }

    /// Inputs a composite step's scripts expand: `${{ inputs.x }}` directly, or `${{ env.X }}` where the
    /// step's `env` sets `X` from an input (substituted as text all the same).
    private static func codeInputs(of step: WorkflowStep) -> [String] {
        var environment: [String: [String]] = [:]
        for entry in step.node["env"]?.entries ?? [] {
            environment[entry.key.lowercased()] = Expression.all(in: entry.value.string ?? "").flatMap { inputs(in: $0, inputReference) }
        }
        return step.scripts.flatMap { script in
            Expression.all(in: script.node.scalar?.text ?? "").flatMap { expression in
                inputs(in: expression, inputReference) + inputs(in: expression, environmentReference).flatMap { environment[$0] ?? [] }
            }
        }
    }

    /// The lowercased names `pattern` captures in the expression's body.
    private static func inputs(in expression: Expression, _ pattern: NSRegularExpression) -> [String] {
        let body = Expression.dottedIndexes(in: String(expression.body))
        return pattern.matches(in: body, range: NSRange(body.startIndex..., in: body)).compactMap { match in
            Range(match.range(at: 1), in: body).map { body[$0].lowercased() }
        }
    }
}

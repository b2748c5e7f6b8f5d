import Foundation
import InfragateParsers

/// A composite action or reusable workflow of this repository (`uses: ./.github/actions/x`,
/// `uses: ./.github/workflows/r.yml`), read from the same revision as its caller: which of its inputs
/// its scripts expand as text, so that the caller's value for them is judged as if written there.
enum LocalAction {
    /// `inputs.NAME` (after index rewriting, also `inputs['NAME']`) in an expression.
    private static let inputReference = NSRegularExpression(contextPattern: #"(?<![A-Za-z0-9_.])inputs\.([A-Za-z_][A-Za-z0-9_-]*)"#)
    private static let environmentReference = NSRegularExpression(contextPattern: #"(?<![A-Za-z0-9_.])env\.([A-Za-z_][A-Za-z0-9_-]*)"#)

    /// The action's folder or the workflow's file for `./path` references (`./.github/actions/x`, `./`),
    /// nil for others or for paths that leave the repository.
    static func directory(of uses: String) -> String? {
        guard uses.hasPrefix("./") else { return nil }
        let components = uses.dropFirst(2).split(separator: "/").filter { $0 != "." }
        guard !components.contains("..") else { return nil }
        return components.joined(separator: "/")
    }

    /// For every step of `workflows` that uses a local composite action, and every job that calls a
    /// local reusable workflow (`uses: ./.github/workflows/r.yml`), the lowercased inputs the callee
    /// expands into a script, keyed by `uses` as written.
    static func codeInputs(of workflows: [Workflow], in snapshot: any RepositorySnapshot) -> [String: Set<String>] {
        let jobs = workflows.flatMap(\.jobs)
        let references = jobs.flatMap(\.steps).compactMap(\.uses) + jobs.compactMap { $0.node["uses"]?.string }
        var found: [String: Set<String>] = [:]
        for uses in Set(references) {
            guard let path = directory(of: uses) else { continue }
            let prefix = path.isEmpty ? "" : path + "/"
            let isWorkflowFile = path.hasSuffix(".yml") || path.hasSuffix(".yaml")
            guard let text = isWorkflowFile ? snapshot.text(at: path) : snapshot.text(at: prefix + "action.yml") ?? snapshot.text(at: prefix + "action.yaml") else {
                continue
            }
            let parsed = YAMLParser.parse(text, dialect: .gitHubActions)
            found[uses] = Set(Workflow.workflows(in: parsed.documents, locator: ScalarLocator(source: text)).flatMap(codeInputs(of:)))
        }
        return found
    }

    /// Inputs the callee's scripts expand: `${{ inputs.x }}` directly, or `${{ env.X }}` where a visible
    /// `env` (the step's, the job's, the workflow's) sets `X` from an input: substituted as text all the same.
    private static func codeInputs(of callee: Workflow) -> [String] {
        let workflowEnvironment = environment(callee.root["env"])
        return callee.jobs.flatMap { job in
            let jobEnvironment = environment(job.node["env"]).merging(workflowEnvironment) { inner, _ in inner }
            return job.steps.flatMap { step in
                let visible = environment(step.node["env"]).merging(jobEnvironment) { inner, _ in inner }
                return step.scripts.flatMap { script in
                    Expression.all(in: script.node.scalar?.text ?? "").flatMap { expression in
                        inputs(in: expression, inputReference) + inputs(in: expression, environmentReference).flatMap { visible[$0] ?? [] }
                    }
                }
            }
        }
    }

    /// The inputs each variable of an `env` mapping expands, by lowercased name.
    private static func environment(_ env: YAMLNode?) -> [String: [String]] {
        var variables: [String: [String]] = [:]
        for entry in env?.entries ?? [] {
            variables[entry.key.lowercased()] = Expression.all(in: entry.value.string ?? "").flatMap { inputs(in: $0, inputReference) }
        }
        return variables
    }

    /// The lowercased names `pattern` captures in the expression's body.
    private static func inputs(in expression: Expression, _ pattern: NSRegularExpression) -> [String] {
        let body = Expression.dottedIndexes(in: String(expression.body))
        return pattern.matches(in: body, range: NSRange(body.startIndex..., in: body)).compactMap { match in
            Range(match.range(at: 1), in: body).map { body[$0].lowercased() }
        }
    }
}

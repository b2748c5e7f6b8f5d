import InfragateRules

/// The text of `infragate explain RULE`.
struct RuleExplanation {
    let rule: RuleDescription

    func render() -> String {
        var lines = [
            "\(rule.id): \(rule.title)",
            "",
            "Severity:   \(rule.severity.rawValue)",
        ]
        if rule.isOptIn {
            lines.append("Enabled:    only where the policy turns it on (rules: { \(rule.id): on })")
        }
        lines += [
            "CWE:        CWE-\(rule.cwe) (https://cwe.mitre.org/data/definitions/\(rule.cwe).html)",
            "OWASP:      \(rule.owasp)",
            "Checklist:  \(rule.checklist)",
        ]
        if !rule.kindNames.isEmpty {
            lines.append("Applies to: \(rule.kindNames.joined(separator: ", "))")
        }
        if !rule.subsumes.isEmpty {
            lines.append("Subsumes:   \(rule.subsumes.joined(separator: ", ")) (not also reported on the same line)")
        }
        lines += ["", "Why it matters:"] + indented(rule.rationale)
        lines += ["", "How to fix:"] + indented(rule.recommendation)
        if !rule.equivalents.isEmpty {
            lines += ["", "Equivalent rules in other tools:"]
            lines += rule.equivalentsByTool.map { "  \($0.tool): \($0.ids.joined(separator: ", "))" }
        }
        if !rule.triggering.isEmpty {
            lines += ["", "Bad (triggers the rule; ↓ marks each reported line):"]
            lines += examples(rule.triggering)
        }
        if !rule.nonTriggering.isEmpty {
            lines += ["", "Good (does not trigger):"]
            lines += examples(rule.nonTriggering)
        }
        return lines.joined(separator: "\n")
    }

    private func indented(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
    }

    /// Code in a gutter: a marked line shows `↓` in the gutter, the others are aligned with it.
    private func examples(_ examples: [RuleExample]) -> [String] {
        examples.enumerated().flatMap { index, example -> [String] in
            let title = "  Example \(index + 1)" + (example.path.map { " (\($0))" } ?? "") + ":"
            let code = example.code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.first == RuleExample.marker ? "    ↓ \(line.dropFirst())" : "      \(line)"
            }
            let neighbours = example.neighbours.sorted { $0.key < $1.key }.flatMap { path, text in
                ["    with \(path) in the same revision:"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }
            }
            let policy = example.parameters.policyText.map { ["    with the policy \($0)"] } ?? []
            return [title] + code + policy + neighbours
        }
    }
}

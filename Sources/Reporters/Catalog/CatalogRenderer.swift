import InfragateRules

/// `infragate rules` and `infragate explain`: the rule catalog for people and for tools. Every
/// rendering ends with a newline.
public enum CatalogRenderer {
    /// A table of every rule: id, severity, kind and title.
    public static func text() -> String {
        text(for: RuleCatalog.all)
    }

    /// Every field of every rule, examples included.
    public static func json() -> String {
        json(for: RuleCatalog.all)
    }

    /// One rule in full: metadata, why, how to fix, equivalents, then bad and good examples.
    public static func explain(_ rule: RuleDescription) -> String {
        RuleExplanation(rule: rule).render() + "\n"
    }

    static func text(for rules: [RuleDescription]) -> String {
        let header = ["ID", "SEVERITY", "KIND", "TITLE"]
        let rows = rules.map { rule in
            [rule.id, rule.severity.rawValue, rule.kindNames.joined(separator: ",").ifEmpty("-"), rule.title]
        }
        let widths = (0..<header.count - 1).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { cells in
            let padded = zip(cells, widths).map { cell, width in
                cell + String(repeating: " ", count: width - cell.count)
            }
            return (padded + [cells[cells.count - 1]]).joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func json(for rules: [RuleDescription]) -> String {
        JSONDocument.encode(rules.map(RuleDocument.init)) + "\n"
    }
}

private extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

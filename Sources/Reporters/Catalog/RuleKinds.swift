import InfragateRules

extension RuleDescription {
    /// The file kinds whose packs list this rule, or `gate` for the gate's own rules.
    var kindNames: [String] {
        let kinds = RuleCatalog.packs(listing: id).map { $0.kind.rawValue }
        if kinds.isEmpty, GateRules.all.contains(where: { $0.id == id }) {
            return ["gate"]
        }
        return kinds
    }

    /// Equivalent ids in other tools, grouped by tool, in the order they are listed.
    var equivalentsByTool: [(tool: String, ids: [String])] {
        var groups: [(tool: String, ids: [String])] = []
        for equivalent in equivalents {
            if let index = groups.firstIndex(where: { $0.tool == equivalent.tool }) {
                groups[index].ids.append(equivalent.id)
            } else {
                groups.append((equivalent.tool, [equivalent.id]))
            }
        }
        return groups
    }
}

import InfragateParsers

/// A `dependabot.yml` (version 2): its `updates` entries and `registries`.
struct DependabotConfig {
    /// One `updates:` entry: an ecosystem in a directory.
    struct Update {
        let node: YAMLNode
        /// For messages: "`npm` updates in `/`".
        let name: String
        let identity: String
    }

    let root: YAMLNode

    var updates: [Update] {
        (root["updates"]?.items ?? []).enumerated().filter { $0.element.isMapping }.map { index, node in
            let ecosystem = node["package-ecosystem"]?.string ?? "?"
            let directory = node["directory"]?.string ?? node["directories"]?.items.first?.string ?? "/"
            return Update(node: node, name: "`\(ecosystem)` updates in `\(directory)`", identity: "update:\(ecosystem):\(directory)#\(index)")
        }
    }

    var registries: [YAMLEntry] {
        root["registries"]?.entries.filter { $0.value.isMapping } ?? []
    }
}

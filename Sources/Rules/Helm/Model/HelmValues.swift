import InfragateParsers

/// A chart's values file, flattened to every entry with its dotted path (`image.tag`,
/// `controller.securityContext.privileged`): values have no schema, so rules match on key names.
struct HelmValues {
    struct Setting {
        let path: String
        let entry: YAMLEntry
        /// The mapping that holds the entry, for settings read together (`repository`, `tag`, `digest`).
        let mapping: YAMLNode
    }

    let settings: [Setting]

    /// Walks with an explicit stack; the YAML layer already capped depth and alias expansion.
    init(documents: [YAMLDocument]) {
        var settings: [Setting] = []
        var pending: [(prefix: String, node: YAMLNode)] = documents.reversed().map { ("", $0.root) }
        while let (prefix, node) = pending.popLast() {
            for (index, item) in node.items.enumerated().reversed() {
                pending.append(("\(prefix)[\(index)]", item))
            }
            for entry in node.entries.reversed() {
                let path = prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"
                pending.append((path, entry.value))
                settings.append(Setting(path: path, entry: entry, mapping: node))
            }
        }
        self.settings = settings.sorted { $0.entry.keyLine < $1.entry.keyLine }
    }
}

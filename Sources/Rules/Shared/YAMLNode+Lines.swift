import InfragateParsers

extension YAMLNode {
    /// Where a finding about this node points: a mapping's first key, since in JSON (and YAML in
    /// flow style over several lines) the mapping itself starts at a bare `{` that says nothing.
    var firstKeyLine: Int {
        entries.first?.keyLine ?? line
    }
}

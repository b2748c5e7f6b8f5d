import InfragateParsers

/// The parameters of a database parameter group, as either format writes them: Terraform's
/// repeated `parameter { name, value }` blocks, CloudFormation's `Parameters` map (RDS, DocumentDB)
/// or list of `{ParameterName, ParameterValue}` (Redshift).
enum AWSParameterGroup {
    enum Lookup {
        case set(AWSValue)
        /// Known not to be set: the engine's default applies.
        case missing
        /// Written in a way only deploy time knows (a `dynamic` block over a variable, an intrinsic function).
        case unknown
    }

    /// The value of parameter `name` (case-insensitive, as the engines treat them).
    static func value(of name: String, in group: AWSResource) -> Lookup {
        let key = name.lowercased()
        if group.isTerraform {
            guard let blocks = group.setting("parameter") else { return .missing }
            guard case .list = blocks.content else { return .unknown }
            var unknownName = false
            for block in blocks.elements {
                guard let blockName = block.member("name")?.known.stringValue else {
                    unknownName = true
                    continue
                }
                if blockName.lowercased() == key { return block.member("value").map(Lookup.set) ?? .missing }
            }
            return unknownName ? .unknown : .missing
        }
        guard let parameters = group.setting("Parameters") else { return .missing }
        switch parameters.content {
        case .object(let members):
            return members.last { $0.key.lowercased() == key }.map { .set($0.value) } ?? .missing
        case .list(let elements):
            var unknownName = false
            for element in elements {
                guard let elementName = element.member("ParameterName")?.known.stringValue else {
                    unknownName = true
                    continue
                }
                if elementName.lowercased() == key { return element.member("ParameterValue").map(Lookup.set) ?? .missing }
            }
            return unknownName ? .unknown : .missing
        case .scalar:
            return .unknown
        }
    }

    /// The family a group is for (`postgres16`, `aurora-mysql8.0`, `redshift-1.0`), lowercased.
    static func family(of group: AWSResource) -> String? {
        group.setting(group.isTerraform ? "family" : "Family")?.known.stringValue?.lowercased()
    }
}

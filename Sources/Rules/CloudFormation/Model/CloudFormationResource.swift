/// One entry of a template's `Resources`: its logical id, type and properties.
struct CloudFormationResource {
    let logicalID: String
    let type: String
    /// The line of the logical id, where findings about a missing setting point.
    let line: Int
    /// Nil when the resource has no `Properties`.
    let properties: TemplateMember?

    /// Nil for an entry without a literal `Type`: nothing can be said about it.
    init?(_ entry: TemplateMember) {
        guard let type = entry.value.member("Type")?.value.string else { return nil }
        self.logicalID = entry.key
        self.type = type
        self.line = entry.keyLine
        self.properties = entry.value.member("Properties")
    }

    /// The property at `path` (`["MetadataOptions", "HttpTokens"]`); nil when it is not set. When
    /// an intrinsic function stands on the way (`MetadataOptions: !If […]`), that member is returned:
    /// its value is unknown, never "not set".
    func property(_ path: [String]) -> TemplateMember? {
        guard var current = properties else { return nil }
        for key in path {
            if current.value.isIntrinsic { return current }
            guard let next = current.value.member(key) else { return nil }
            current = next
        }
        return current
    }

    /// A violation identified by logical id and property, never by a value.
    func violation(line: Int? = nil, message: String, property: String) -> Violation {
        Violation(line: line ?? self.line, message: message, identity: "\(logicalID)|\(property)")
    }
}

import InfragateParsers

extension TemplateValue {
    /// Reads a YAML node. A local tag (`!Ref`, `!Sub`, `!If`…) is CloudFormation's short form of an
    /// intrinsic function; scalars are typed as CloudFormation's YAML 1.1 reader types them.
    init(yaml node: YAMLNode) {
        let kind = Self.kind(of: node)
        guard let tag = node.tag, tag.hasPrefix("!"), !tag.hasPrefix("!!") else {
            self.init(kind, line: node.line)
            return
        }
        let name = String(tag.dropFirst())
        let function = name == "Ref" || name == "Condition" ? name : "Fn::" + name
        self.init(.intrinsic(function: function, argument: TemplateValue(kind, line: node.line)), line: node.line)
    }

    private static func kind(of node: YAMLNode) -> Kind {
        switch node.content {
        case .sequence(let items):
            return .list(items.map(TemplateValue.init(yaml:)))
        case .mapping(let entries):
            return .object(entries.map { TemplateMember(key: $0.key, keyLine: $0.keyLine, value: TemplateValue(yaml: $0.value)) })
        case .scalar(let scalar):
            // Quoted and explicitly tagged scalars are strings; only plain ones are typed.
            guard scalar.isPlain, node.tag == nil else { return .string(scalar.text) }
            if node.isNull { return .null }
            if let bool = node.bool { return .bool(bool) }
            if let int = node.int { return .number(Double(int)) }
            return .string(scalar.text)
        }
    }
}

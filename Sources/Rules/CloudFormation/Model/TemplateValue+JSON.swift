import InfragateParsers

extension TemplateValue {
    init(json: JSONValue) {
        switch json.kind {
        case .string(let string): self.init(.string(string), line: json.line)
        case .number(let number): self.init(.number(number), line: json.line)
        case .bool(let bool): self.init(.bool(bool), line: json.line)
        case .null: self.init(.null, line: json.line)
        case .array(let elements): self.init(.list(elements.map(TemplateValue.init(json:))), line: json.line)
        case .object(let members):
            let converted = members.map { TemplateMember(key: $0.key, keyLine: $0.keyLine, value: TemplateValue(json: $0.value)) }
            self.init(.object(converted), line: json.line)
        }
    }
}

import InfragateParsers

/// The containers of an ECS task definition in one shape for both formats: CloudFormation's
/// `ContainerDefinitions`, and Terraform's `container_definitions` JSON (literal, heredoc or
/// `jsonencode`) read into values located where the file writes them.
enum AWSContainerDefinitions {
    /// Each container and its name; nil when the definitions are unknown (a `file()`, a variable)
    /// or are not JSON, which judging would only guess at.
    static func containers(of task: AWSResource) -> [(name: String, value: AWSValue)]? {
        let definitions: AWSValue
        if task.isTerraform {
            guard let setting = task.setting("container_definitions"), let text = setting.known.stringValue,
                  let json = try? JSONParser.parse(text) else { return nil }
            // A heredoc starts on the line after the attribute; `jsonencode` text is on one line, the attribute's.
            let heredoc = text.contains("\n") && setting.endLine > setting.line
            definitions = value(of: json, base: heredoc ? setting.line : nil, attributeLine: setting.line)
        } else {
            guard let setting = task.setting("ContainerDefinitions"), setting.isKnown || !setting.elements.isEmpty else { return nil }
            definitions = setting
        }
        return definitions.elements.enumerated().map { index, container in
            (container.member("Name")?.known.stringValue ?? "container \(index + 1)", container)
        }
    }

    /// JSON read as an AWS value: at `base + line` inside a heredoc, else all on the attribute's line.
    private static func value(of json: JSONValue, base: Int?, attributeLine: Int) -> AWSValue {
        let line = base.map { $0 + json.line } ?? attributeLine
        let endLine = base.map { $0 + json.endLine } ?? attributeLine
        switch json.kind {
        case .object(let members):
            return AWSValue(.object(members.map { member in
                var inner = value(of: member.value, base: base, attributeLine: attributeLine)
                // A primitive is reported at its key, as CloudFormation values are.
                if let base, !member.value.isContainer { inner = AWSValue(inner.content, line: base + member.keyLine) }
                return AWSMember(key: member.key, value: inner)
            }), line: line, endLine: endLine)
        case .array(let elements):
            return AWSValue(.list(elements.map { value(of: $0, base: base, attributeLine: attributeLine) }), line: line, endLine: endLine)
        default:
            return AWSValue(.scalar(HCLValue(json)), line: line, endLine: endLine)
        }
    }
}

private extension JSONValue {
    var isContainer: Bool {
        switch kind {
        case .object, .array: return true
        default: return false
        }
    }
}

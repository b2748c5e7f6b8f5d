import InfragateParsers

/// Reads Terraform's JSON syntax (`.tf.json`) into the same `HCLBody` the native parser gives,
/// so rules see one model. Strings are templates, as Terraform reads them (`"${var.name}"`).
enum TerraformJSON {
    /// How many labels each top-level block type has in JSON syntax.
    private static let labelCounts = [
        "resource": 2, "data": 2, "variable": 1, "output": 1, "module": 1, "provider": 1,
        "locals": 0, "terraform": 0, "moved": 0, "import": 0, "check": 1, "removed": 0,
    ]

    static func body(from text: String) throws -> HCLBody {
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.kind else {
            throw ParseProblem(line: root.line, message: "a .tf.json file must be a JSON object")
        }
        var body = HCLBody()
        for member in members where member.key != "//" {
            body.blocks += blocks(type: member.key, labels: [], labelsLeft: labelCounts[member.key] ?? 0,
                                  value: member.value, line: member.keyLine)
        }
        return body
    }

    /// A `.tfvars.json` file: one attribute per top-level member.
    static func variableValues(from text: String) throws -> HCLBody {
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.kind else {
            throw ParseProblem(line: root.line, message: "a .tfvars.json file must be a JSON object")
        }
        return HCLBody(attributes: members.map { HCLAttribute(name: $0.key, expression: expression($0.value), line: $0.keyLine) })
    }

    private static func blocks(type: String, labels: [String], labelsLeft: Int, value: JSONValue, line: Int) -> [HCLBlock] {
        if labelsLeft > 0 {
            guard case .object(let members) = value.kind else { return [] }
            return members.flatMap {
                blocks(type: type, labels: labels + [$0.key], labelsLeft: labelsLeft - 1, value: $0.value, line: $0.keyLine)
            }
        }
        switch value.kind {
        case .array(let elements):
            return elements.flatMap { blocks(type: type, labels: labels, labelsLeft: 0, value: $0, line: $0.line) }
        case .object(let members):
            return [HCLBlock(type: type, labels: labels, body: body(members, blockType: type), line: line, endLine: value.endLine)]
        default:
            return []
        }
    }

    private static func body(_ members: [JSONMember], blockType: String) -> HCLBody {
        var body = HCLBody()
        for member in members where member.key != "//" {
            if blockType == "terraform", member.key == "backend" {
                body.blocks += blocks(type: "backend", labels: [], labelsLeft: 1, value: member.value, line: member.keyLine)
            } else {
                body.attributes.append(HCLAttribute(name: member.key, expression: expression(member.value), line: member.keyLine))
            }
        }
        return body
    }

    private static func expression(_ value: JSONValue) -> HCLExpression {
        let kind: HCLExpressionKind
        switch value.kind {
        case .string(let text):
            // A string that is not a valid template is still the literal text Terraform would see.
            return (try? HCLParser.parseTemplate(text, line: value.line)) ?? HCLExpression(.string(text), line: value.line, endLine: value.endLine)
        case .number(let number): kind = .number(number)
        case .bool(let bool): kind = .bool(bool)
        case .null: kind = .null
        case .array(let elements): kind = .tuple(elements.map(expression))
        case .object(let members):
            kind = .object(members.map {
                HCLObjectItem(key: HCLExpression(.string($0.key), line: $0.keyLine, endLine: $0.keyLine), value: expression($0.value))
            })
        }
        return HCLExpression(kind, line: value.line, endLine: value.endLine)
    }
}

import InfragateParsers

/// One statement of an IAM policy document, reduced to what rules judge. Lists are nil when
/// their value is not known.
struct AWSPolicyStatement {
    let allows: Bool
    let actions: [String]?
    let resources: [String]?
    /// Principals as written: `"*"`, or the identifiers of every type (`AWS`, `Service`…).
    let principals: [String]?
    let hasCondition: Bool
    let line: Int

    /// Whether a list that is known contains one of `patterns` (IAM names are case-insensitive).
    static func list(_ list: [String]?, containsAnyOf patterns: [String]) -> Bool {
        guard let list else { return false }
        return list.contains { item in patterns.contains { $0.lowercased() == item.lowercased() } }
    }

    var grantsToAnyone: Bool {
        allows && !hasCondition && Self.list(principals, containsAnyOf: ["*"])
    }

    /// The statements of a policy document parsed from JSON text whose first line is `firstLine`
    /// in the file, each located on its own line.
    static func statements(ofJSON document: JSONValue, firstLine: Int) -> [AWSPolicyStatement] {
        guard let statement = document["Statement"] else { return [] }
        let elements: [JSONValue]
        if case .array(let array) = statement.kind { elements = array } else { elements = [statement] }
        return elements.flatMap { element in
            statements(ofDocument: .object(["Statement": HCLValue(element)]), line: firstLine + element.line - 1)
        }
    }

    /// The statements of a policy document (a known value), all located on `line`; nothing when it is not one.
    static func statements(ofDocument document: HCLValue, line: Int) -> [AWSPolicyStatement] {
        guard let statement = document["Statement"] else { return [] }
        return statement.listElements.compactMap { element in
            guard case .object = element else { return nil }
            return AWSPolicyStatement(
                allows: element["Effect"]?.stringValue?.lowercased() != "deny",
                actions: element["Action"].flatMap(strings), resources: element["Resource"].flatMap(strings),
                principals: element["Principal"].flatMap(principals),
                hasCondition: element["Condition"].map { $0 != .object([:]) && $0 != .null } ?? false,
                line: line)
        }
    }

    /// `"*"` or a list of known strings; nil when any element is unknown.
    static func strings(_ value: HCLValue) -> [String]? {
        var result: [String] = []
        for element in value.listElements {
            guard let string = element.stringValue else { return nil }
            result.append(string)
        }
        return result
    }

    /// `"*"`, `{"AWS": "*"}` or `{"Service": ["ec2.amazonaws.com"]}` → the identifiers.
    private static func principals(_ value: HCLValue) -> [String]? {
        if case .object(let byType) = value {
            var result: [String] = []
            for identifiers in byType.values {
                guard let strings = strings(identifiers) else { return nil }
                result += strings
            }
            return result
        }
        return strings(value)
    }
}

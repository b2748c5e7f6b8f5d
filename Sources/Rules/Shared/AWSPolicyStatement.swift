import InfragateParsers

/// One statement of an IAM policy document, reduced to what rules judge. Lists are nil when
/// their value is not known.
struct AWSPolicyStatement {
    let allows: Bool
    let actions: [String]?
    /// `NotAction`: the statement grants every action these patterns do not match; empty when not written.
    var notActions: [String]? = []
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

    /// Whether an allowing statement grants one of `names` (`iam:PassRole`): through an `Action`
    /// pattern that matches it (`iam:Pass*`), or a `NotAction` list that does not exclude it.
    func allowsAction(anyOf names: [String]) -> Bool {
        guard allows else { return false }
        if let actions, actions.contains(where: { pattern in names.contains { Self.matches(pattern, $0) } }) { return true }
        guard let notActions, !notActions.isEmpty else { return false }
        return names.contains { name in !notActions.contains { Self.matches($0, name) } }
    }

    /// IAM's case-insensitive wildcards: `*` any run of characters, `?` one.
    static func matches(_ pattern: String, _ name: String) -> Bool {
        let pattern = Array(pattern.lowercased()), name = Array(name.lowercased())
        var p = 0, n = 0, star: Int?, resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = n
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
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
                actions: element["Action"].flatMap(strings), notActions: element["NotAction"].map(strings) ?? [],
                resources: element["Resource"].flatMap(strings),
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

/// What an expression is known to evaluate to. Anything the evaluator cannot resolve from
/// literals alone is `unknown`, so rules never guess a finding from a value they cannot see.
public indirect enum HCLValue: Equatable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case list([HCLValue])
    case object([String: HCLValue])
    case unknown

    public var isKnown: Bool {
        switch self {
        case .unknown: return false
        case .list(let elements): return elements.allSatisfy(\.isKnown)
        case .object(let members): return members.values.allSatisfy(\.isKnown)
        default: return true
        }
    }

    /// The value as a string when it is a primitive HCL converts to one.
    public var stringValue: String? {
        switch self {
        case .string(let string): return string
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let bool): return bool ? "true" : "false"
        default: return nil
        }
    }

    /// HCL converts `"true"`/`"false"` strings to booleans where a bool is expected.
    public var boolValue: Bool? {
        switch self {
        case .bool(let bool): return bool
        case .string("true"): return true
        case .string("false"): return false
        default: return nil
        }
    }

    public var numberValue: Double? {
        switch self {
        case .number(let number): return number
        case .string(let string): return Double(string)
        default: return nil
        }
    }

    /// The elements of a list, or the value itself as a one-element list (many attributes take either).
    public var listElements: [HCLValue] {
        if case .list(let elements) = self { return elements }
        return [self]
    }

    public subscript(key: String) -> HCLValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The JSON text of a fully known value, as `jsonencode` writes it (keys sorted).
    public var jsonText: String? {
        switch self {
        case .unknown: return nil
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number: return stringValue
        case .string(let string): return Self.quoted(string)
        case .list(let elements):
            var parts: [String] = []
            for element in elements {
                guard let text = element.jsonText else { return nil }
                parts.append(text)
            }
            return "[" + parts.joined(separator: ",") + "]"
        case .object(let members):
            var parts: [String] = []
            for key in members.keys.sorted() {
                guard let text = members[key]?.jsonText else { return nil }
                parts.append(Self.quoted(key) + ":" + text)
            }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension HCLValue {
    /// Converts parsed JSON (a policy document in a string) into the same value model.
    public init(_ json: JSONValue) {
        switch json.kind {
        case .string(let string): self = .string(string)
        case .number(let number): self = .number(number)
        case .bool(let bool): self = .bool(bool)
        case .null: self = .null
        case .array(let elements): self = .list(elements.map(HCLValue.init))
        case .object(let members):
            var object: [String: HCLValue] = [:]
            for member in members { object[member.key] = HCLValue(member.value) }
            self = .object(object)
        }
    }
}

/// A JSON document with the 1-based lines of every value, for rules that report positions
/// (`.tf.json`, CloudFormation JSON templates).
public struct JSONValue: Sendable {
    public let kind: JSONValueKind
    public let line: Int
    public let endLine: Int

    public init(_ kind: JSONValueKind, line: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.endLine = endLine
    }

    /// The value of `key` when this is an object (the last one wins, as in most JSON readers).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }
}

public indirect enum JSONValueKind: Sendable {
    /// Members in document order; duplicate keys are kept.
    case object([JSONMember])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
}

public struct JSONMember: Sendable {
    public let key: String
    public let keyLine: Int
    public let value: JSONValue

    public init(key: String, keyLine: Int, value: JSONValue) {
        self.key = key
        self.keyLine = keyLine
        self.value = value
    }
}


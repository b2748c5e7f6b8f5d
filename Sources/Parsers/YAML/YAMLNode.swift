/// One YAML node with its 1-based position. Aliases are already resolved (shared, within the
/// composer's node budget) and `<<` merge keys already applied, so rules only see plain trees.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public let content: Content
    public let line: Int
    public let column: Int
    /// The explicit tag as written (`!Ref`, `tag:yaml.org,2002:str`), nil when implicit.
    public let tag: String?

    public init(content: Content, line: Int, column: Int, tag: String? = nil) {
        self.content = content
        self.line = line
        self.column = column
        self.tag = tag
    }
}

/// A scalar's text exactly as written: no YAML 1.1 typing is applied, so `NO`, `0755` and `1.10`
/// stay strings; typed readings are opt-in through `YAMLNode.bool` and `YAMLNode.int`.
public struct YAMLScalar: Sendable {
    public let text: String
    /// Plain (unquoted, not a block scalar): only plain scalars can be null, booleans or numbers.
    public let isPlain: Bool

    public init(text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }
}

/// A mapping entry. Keys are always scalars (the composer rejects anything else).
public struct YAMLEntry: Sendable {
    public let key: String
    public let keyLine: Int
    public let value: YAMLNode

    public init(key: String, keyLine: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.value = value
    }
}

extension YAMLNode {
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries of a mapping; empty for anything else.
    public var entries: [YAMLEntry] {
        if case .mapping(let entries) = content { return entries }
        return []
    }

    /// The items of a sequence; empty for anything else.
    public var items: [YAMLNode] {
        if case .sequence(let items) = content { return items }
        return []
    }

    public var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }

    public var isSequence: Bool {
        if case .sequence = content { return true }
        return false
    }

    /// `~`, `null` or nothing at all, as YAML (and every consumer) reads them.
    public var isNull: Bool {
        guard let scalar, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }

    /// The scalar's text, or nil for null and collections.
    public var string: String? {
        isNull ? nil : scalar?.text
    }

    /// A plain boolean as Kubernetes (sigs.k8s.io/yaml, YAML 1.1) and Compose read it:
    /// `true`/`yes`/`on` and their case variants. Quoted `"true"` is a string, not a boolean.
    public var bool: Bool? {
        guard let scalar, scalar.isPlain else { return nil }
        switch scalar.text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N": return false
        default: return nil
        }
    }

    /// A plain decimal integer (`0`, `-3`, `8080`); octal-looking (`0755`), hex and floats are not guessed at.
    public var int: Int? {
        guard let scalar, scalar.isPlain else { return nil }
        let digits = scalar.text.drop { $0 == "-" || $0 == "+" }
        guard digits == "0" || digits.first != "0" else { return nil }
        return Int(scalar.text)
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }

    /// The entry under `key` in a mapping, for the key's line.
    public func entry(_ key: String) -> YAMLEntry? {
        entries.first { $0.key == key }
    }
}

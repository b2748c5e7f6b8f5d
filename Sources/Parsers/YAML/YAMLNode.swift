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

/// A scalar as its consumer reads it: the text with escapes processed (a `!!binary` one decoded),
/// and the value its style and tag give it (`YAMLScalarResolver`): plain `yes` is a boolean,
/// quoted `"true"` a string, `!!bool "true"` a boolean again.
public struct YAMLScalar: Sendable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    public let text: String
    /// Plain (unquoted, not a block scalar).
    public let isPlain: Bool
    public let value: Value

    /// An untagged scalar, typed implicitly when plain.
    public init(text: String, isPlain: Bool) {
        self.init(text: text, isPlain: isPlain, value: isPlain ? YAMLScalarResolver.implicitValue(of: text) : .string)
    }

    init(text: String, isPlain: Bool, value: Value) {
        self.text = text
        self.isPlain = isPlain
        self.value = value
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

    /// `~`, `null`, nothing at all or `!!null`, as YAML (and every consumer) reads them.
    public var isNull: Bool {
        scalar?.value == .null
    }

    /// The scalar's text, or nil for null and collections.
    public var string: String? {
        isNull ? nil : scalar?.text
    }

    /// A boolean as go-yaml v2 (so kubectl, YAML 1.1) reads it: plain `true`/`yes`/`on`/`y` and
    /// their case variants, or any text tagged `!!bool`. Quoted `"true"` is a string, not a boolean,
    /// except in the `.compose` dialect, where compose-go casts it.
    public var bool: Bool? {
        guard case .bool(let bool) = scalar?.value else { return nil }
        return bool
    }

    /// An integer as the consumer reads it: `8080`, `0x1F`, `010` (octal), `1_000`, and floats
    /// with an integral value (`0.`, `1e3`), which JSON conversion turns into integers.
    public var int: Int? {
        switch scalar?.value {
        case .int(let int)?:
            return int
        case .float(let float)? where float.rounded() == float && abs(float) < 0x1p63:
            return Int(float)
        default:
            return nil
        }
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

extension YAMLScalar {
    /// A string a consumer computed from the file (Compose's interpolation), typed as compose-go
    /// casts strings in typed fields: `true`, `8080`.
    public static func composeString(_ text: String) -> YAMLScalar {
        YAMLScalar(text: text, isPlain: false, value: YAMLScalarResolver.composeCast(of: text) ?? .string)
    }
}

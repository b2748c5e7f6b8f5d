/// A value as Go's `text/template` sees it through Helm: what `interface{}` holds after Helm read
/// YAML (numbers from values are float64, keys are strings), plus host objects with methods
/// (`.Files`, `.Capabilities.APIVersions`).
public indirect enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([TemplateValue])
    case map([String: TemplateValue])
    case object(any TemplateObject)

    /// Go's truth: false, 0, nil, and empty strings, lists and maps are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .int(let value): return value != 0
        case .float(let value): return value != 0
        case .string(let value): return !value.isEmpty
        case .list(let value): return !value.isEmpty
        case .map(let value): return !value.isEmpty
        case .object: return true
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Go's kind names (`kindIs`, `kindOf`).
    public var kindName: String {
        switch self {
        case .null: return "invalid"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float64"
        case .string: return "string"
        case .list: return "slice"
        case .map: return "map"
        case .object: return "struct"
        }
    }

    /// Go's `%T` names (`typeOf`).
    public var typeName: String {
        switch self {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float64"
        case .string: return "string"
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        case .object(let object): return object.typeName
        }
    }

    /// The entries of a map in Go's iteration order for templates: sorted keys.
    public var sortedEntries: [(key: String, value: TemplateValue)]? {
        switch self {
        case .map(let map): return map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .object(let object): return object.entries
        default: return nil
        }
    }
}

extension TemplateValue: Equatable {
    /// Go's `eq` on basic kinds; numbers compare across int and float as Helm's values make them mix.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.int(let a), .float(let b)), (.float(let b), .int(let a)): return Double(a) == b
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a == b
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}

/// A host object: fields and methods the template may call (`.Files.Get "x"`).
public protocol TemplateObject: AnyObject, Sendable {
    var typeName: String { get }
    /// What `range` iterates, when the object is iterable (a `.Files.Glob` result).
    var entries: [(key: String, value: TemplateValue)]? { get }
    func field(_ name: String) -> TemplateValue?
    /// The method's result, or nil when the object has no such method.
    func call(_ method: String, arguments: [TemplateValue]) throws -> TemplateValue?
}

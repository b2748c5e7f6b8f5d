import InfragateParsers

/// Rendered objects written back as YAML for the Kubernetes pack, with the source line of every
/// written line: each entry gets a line of its own, so a rule's line names one entry, whose
/// origin is the patch or base line that set it.
struct RenderedOverlay {
    private(set) var text = ""
    private(set) var origins: [SourceLine] = []

    init(objects: [LocatedNode]) {
        for object in objects {
            emitLine("---", origin: object.origin)
            emitMapping(object.entries, indent: "", firstPrefix: nil)
        }
    }

    /// The source line of a 1-based rendered line.
    func origin(ofLine line: Int) -> SourceLine? {
        origins.indices.contains(line - 1) ? origins[line - 1] : nil
    }

    private mutating func emitLine(_ line: String, origin: SourceLine) {
        text += line + "\n"
        origins.append(origin)
    }

    /// `firstPrefix` replaces the indentation of the first entry (`- ` of a sequence item).
    private mutating func emitMapping(_ entries: [LocatedEntry], indent: String, firstPrefix: String?) {
        for (index, entry) in entries.enumerated() {
            let lead = index == 0 ? (firstPrefix ?? indent) : indent
            let key = Self.key(entry.key)
            switch entry.value.value {
            case .scalar(let scalar):
                emitLine("\(lead)\(key): \(Self.scalar(scalar))", origin: entry.keyOrigin)
            case .mapping(let children) where children.isEmpty:
                emitLine("\(lead)\(key): {}", origin: entry.keyOrigin)
            case .sequence(let items) where items.isEmpty:
                emitLine("\(lead)\(key): []", origin: entry.keyOrigin)
            case .mapping(let children):
                emitLine("\(lead)\(key):", origin: entry.keyOrigin)
                emitMapping(children, indent: indent + "  ", firstPrefix: nil)
            case .sequence(let items):
                emitLine("\(lead)\(key):", origin: entry.keyOrigin)
                emitSequence(items, indent: indent + "  ")
            }
        }
    }

    private mutating func emitSequence(_ items: [LocatedNode], indent: String) {
        for item in items {
            switch item.value {
            case .scalar(let scalar):
                emitLine("\(indent)- \(Self.scalar(scalar))", origin: item.origin)
            case .mapping(let entries) where entries.isEmpty:
                emitLine("\(indent)- {}", origin: item.origin)
            case .sequence(let inner) where inner.isEmpty:
                emitLine("\(indent)- []", origin: item.origin)
            case .mapping(let entries):
                emitMapping(entries, indent: indent + "  ", firstPrefix: indent + "- ")
            case .sequence(let inner):
                emitLine("\(indent)-", origin: item.origin)
                emitSequence(inner, indent: indent + "  ")
            }
        }
    }

    private static func key(_ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { isPlainKeyCharacter($0) }
            && YAMLScalar(text: key, isPlain: true).value == .string
        return plain ? key : GoJSON.quoted(key)
    }

    private static func isPlainKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/": return true
        default: return false
        }
    }

    /// Strings are written quoted (so `"true"` stays a string); other values as their plain text.
    private static func scalar(_ scalar: YAMLScalar) -> String {
        switch scalar.value {
        case .string: return GoJSON.quoted(scalar.text)
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return scalar.isPlain ? scalar.text : String(int)
        case .float(let float): return scalar.isPlain ? scalar.text : String(float)
        }
    }
}

/// JSON text as Go's `encoding/json` writes it, which is what kustomize hashes.
enum GoJSON {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 { out += "\\u" + hex4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A string-to-string map with sorted keys.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.sorted { $0.0 < $1.0 }.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

import InfragateParsers

/// Helm's data as templates see it: YAML read as `sigs.k8s.io/yaml` reads it (through JSON, so
/// every number is a float64 and keys are strings), and `toYaml`/`toJson` written as it writes them.
enum HelmData {
    /// A YAML node as Helm holds it, and the line of every key path in it (`image.tag` → 12).
    static func value(of node: YAMLNode, path: String = "", lines: inout [String: Int]) -> TemplateValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .float(Double(number))
            case .float(let number): return .float(number)
            case .string: return .string(scalar.text)
            }
        case .sequence(let items):
            return .list(items.enumerated().map { value(of: $0.element, path: "\(path)[\($0.offset)]", lines: &lines) })
        case .mapping(let entries):
            var map: [String: TemplateValue] = [:]
            for entry in entries {
                let key = path.isEmpty ? entry.key : path + "." + entry.key
                lines[key] = entry.keyLine
                map[entry.key] = value(of: entry.value, path: key, lines: &lines)
            }
            return .map(map)
        }
    }

    static func value(of node: YAMLNode) -> TemplateValue {
        var ignored: [String: Int] = [:]
        return value(of: node, lines: &ignored)
    }

    static func value(ofJSON json: JSONValue) -> TemplateValue {
        switch json.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .float(number)
        case .string(let text): return .string(text)
        case .array(let items): return .list(items.map(value(ofJSON:)))
        case .object(let members):
            var map: [String: TemplateValue] = [:]
            for member in members { map[member.key] = value(ofJSON: member.value) }
            return .map(map)
        }
    }

    // MARK: toYaml

    /// `toYaml`: sorted keys, block style, strings quoted where YAML would read them as something else.
    static func yaml(_ value: TemplateValue) -> String {
        var lines: [String] = []
        switch value {
        case .map(let map) where !map.isEmpty: yamlMapping(map, indent: 0, into: &lines)
        case .list(let items) where !items.isEmpty: yamlSequence(items, indent: 0, into: &lines)
        case .object(let object) where object.entries?.isEmpty == false:
            yamlMapping(Dictionary(object.entries!.map { ($0.key, $0.value) }) { _, last in last }, indent: 0, into: &lines)
        default: return yamlScalar(value, indent: 0)
        }
        return lines.joined(separator: "\n")
    }

    private static func yamlMapping(_ map: [String: TemplateValue], indent: Int, into lines: inout [String]) {
        let padding = String(repeating: " ", count: indent)
        for key in map.keys.sorted() {
            let name = yamlString(key, indent: indent)
            let child = map[key]!
            switch child {
            case .map(let inner) where !inner.isEmpty:
                lines.append(padding + name + ":")
                yamlMapping(inner, indent: indent + 2, into: &lines)
            case .list(let items) where !items.isEmpty:
                lines.append(padding + name + ":")
                yamlSequence(items, indent: indent, into: &lines)
            default:
                lines.append(padding + name + ": " + yamlScalar(child, indent: indent + 2))
            }
        }
    }

    private static func yamlSequence(_ items: [TemplateValue], indent: Int, into lines: inout [String]) {
        let padding = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .map(let inner) where !inner.isEmpty:
                var nested: [String] = []
                yamlMapping(inner, indent: indent + 2, into: &nested)
                if let first = nested.first { lines.append(padding + "- " + first.dropFirst(indent + 2)) }
                lines += nested.dropFirst()
            case .list(let inner) where !inner.isEmpty:
                var nested: [String] = []
                yamlSequence(inner, indent: indent + 2, into: &nested)
                if let first = nested.first { lines.append(padding + "- " + first.dropFirst(indent + 2)) }
                lines += nested.dropFirst()
            default:
                lines.append(padding + "- " + yamlScalar(item, indent: indent + 2))
            }
        }
    }

    private static func yamlScalar(_ value: TemplateValue, indent: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return GoFormatting.jsonFloat(number)
        case .string(let text): return yamlString(text, indent: indent)
        case .list: return "[]"
        case .map, .object: return "{}"
        }
    }

    /// go-yaml v2's choice: plain when it reads back as the same string, a literal block for
    /// several lines, else single quotes (double quotes when the string would read as another type).
    static func yamlString(_ text: String, indent: Int) -> String {
        if text.contains("\n") {
            let padding = String(repeating: " ", count: indent)
            let chomp = text.hasSuffix("\n") ? (text.dropLast().hasSuffix("\n") ? "|+" : "|") : "|-"
            let body = (text.hasSuffix("\n") ? String(text.dropLast()) : text).split(separator: "\n", omittingEmptySubsequences: false)
            let leadingSpace = text.first == " " ? "2" : ""
            return chomp.prefix(1) + leadingSpace + chomp.dropFirst() + "\n" + body.map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
        }
        if text.isEmpty || YAMLScalar(text: text, isPlain: true).value != .string || looksLikeOtherType(text) {
            return "\"" + text.replacingBytes("\\", with: "\\\\").replacingBytes("\"", with: "\\\"") + "\""
        }
        if isPlainSafe(text) { return text }
        return "'" + text.replacingBytes("'", with: "''") + "'"
    }

    /// Words YAML 1.1 (go-yaml v2) reads as booleans beyond what the resolver calls them.
    private static func looksLikeOtherType(_ text: String) -> Bool {
        ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL"].contains(text)
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            let second = text.unicodeScalars.dropFirst().first
            guard "-?:".unicodeScalars.contains(first), let second, second != " " else { return false }
        }
        if text.contains(": ") || text.contains(" #") || text.hasPrefix("---") { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
    }

    // MARK: toJson

    static func json(_ value: TemplateValue, pretty: Bool = false, indent: Int = 0) -> String {
        let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
        let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return GoFormatting.jsonFloat(number)
        case .string(let text): return jsonString(text)
        case .list(let items):
            guard !items.isEmpty else { return "[]" }
            return "[" + items.map { newline + json($0, pretty: pretty, indent: indent + 1) }.joined(separator: ",") + closing + "]"
        case .map(let map):
            guard !map.isEmpty else { return "{}" }
            return "{" + map.keys.sorted().map { newline + jsonString($0) + (pretty ? ": " : ":") + json(map[$0]!, pretty: pretty, indent: indent + 1) }
                .joined(separator: ",") + closing + "}"
        case .object(let object):
            return json(.map(Dictionary((object.entries ?? []).map { ($0.key, $0.value) }) { _, last in last }), pretty: pretty, indent: indent)
        }
    }

    /// `encoding/json`'s string form, HTML characters escaped as it does by default.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    // MARK: Merging

    /// Helm's coalescing: `override` wins key by key, maps merge deeply, and a null in the
    /// override deletes the key.
    static func merged(_ base: TemplateValue, with override: TemplateValue) -> TemplateValue {
        guard case .map(var result) = base, case .map(let top) = override else {
            return override.isNull ? base : override
        }
        for (key, value) in top {
            if value.isNull { result[key] = nil; continue }
            if let existing = result[key], case .map = existing, case .map = value {
                result[key] = merged(existing, with: value)
            } else {
                result[key] = value
            }
        }
        return .map(result)
    }
}

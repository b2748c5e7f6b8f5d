import InfragateParsers

/// Helm's `toToml`, written as BurntSushi/toml v1 encodes a map: a table's plain keys first, then
/// its tables and arrays of tables, keys sorted, each level indented two spaces, numbers from
/// values as the float64s they are (`80.0`), nil values left out.
extension HelmData {
    static func toml(_ value: TemplateValue) -> String {
        guard case .map(let map) = value else { return "toml: top-level values must be Go maps or structs" }
        var output = ""
        tomlTable(map, path: [], into: &output)
        return output
    }

    private static func isTable(_ value: TemplateValue) -> Bool {
        if case .map = value { return true }
        if case .list(let items) = value, !items.isEmpty { return items.allSatisfy { if case .map = $0 { return true }; return false } }
        return false
    }

    private static func tomlTable(_ map: [String: TemplateValue], path: [String], into output: inout String) {
        let indent = String(repeating: "  ", count: path.count)
        for key in map.keys.sorted() where !isTable(map[key]!) && !map[key]!.isNull {
            output += indent + tomlKey(key) + " = " + tomlInline(map[key]!) + "\n"
        }
        for key in map.keys.sorted() where isTable(map[key]!) {
            let child = path + [key]
            let header = child.map(tomlKey).joined(separator: ".")
            switch map[key]! {
            case .map(let inner):
                if child.count == 1, !output.isEmpty { output += "\n" }
                output += indent + "[" + header + "]\n"
                tomlTable(inner, path: child, into: &output)
            case .list(let items):
                for case .map(let inner) in items {
                    if child.count == 1, !output.isEmpty { output += "\n" }
                    output += indent + "[[" + header + "]]\n"
                    tomlTable(inner, path: child, into: &output)
                }
            default: continue
            }
        }
    }

    private static func tomlInline(_ value: TemplateValue) -> String {
        switch value {
        case .null: return "\"\""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number):
            guard number.isFinite else { return number.isNaN ? "nan" : number < 0 ? "-inf" : "inf" }
            let text = GoFormatting.jsonFloat(number)
            return text.contains(".") || text.contains("e") ? text : text + ".0"
        case .string(let text): return tomlString(text)
        case .list(let items): return "[" + items.filter { !$0.isNull }.map(tomlInline).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.keys.sorted().map { tomlKey($0) + " = " + tomlInline(map[$0]!) }.joined(separator: ", ") + "}"
        case .object: return tomlString(SprigFunctions.text(value))
        }
    }

    private static func tomlKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
            default: return false
            }
        }
        return bare ? key : tomlString(key)
    }

    private static func tomlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{8}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{c}": out += "\\f"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

import Foundation

/// `text/template`'s own functions (`and`/`or` short-circuit in the evaluator).
enum TemplateBuiltins {
    static let functions: [String: TemplateEvaluator.Function] = [
        "not": { call in try call.expectArguments(1...1); return .bool(!call.arguments[0].isTruthy) },
        "eq": { call in
            try call.expectArguments(2...Int.max)
            return .bool(call.arguments.dropFirst().contains { $0 == call.arguments[0] })
        },
        "ne": { call in try call.expectArguments(2...2); return .bool(call.arguments[0] != call.arguments[1]) },
        "lt": { call in try .bool(compare(call) < 0) },
        "le": { call in try .bool(compare(call) <= 0) },
        "gt": { call in try .bool(compare(call) > 0) },
        "ge": { call in try .bool(compare(call) >= 0) },
        "len": { call in
            try call.expectArguments(1...1)
            switch call.arguments[0] {
            case .string(let text): return .int(text.utf8.count)
            case .list(let items): return .int(items.count)
            case .map(let map): return .int(map.count)
            case .object(let object) where object.entries != nil: return .int(object.entries?.count ?? 0)
            default: throw call.failure("len of type \(call.arguments[0].typeName)")
            }
        },
        "index": { call in
            try call.expectArguments(1...Int.max)
            var current = call.arguments[0]
            for key in call.arguments.dropFirst() {
                switch (current, key) {
                case (.list(let items), _):
                    guard let position = key.integer, items.indices.contains(position) else { throw call.failure("index out of range: \(GoFormatting.string(key))") }
                    current = items[position]
                case (.map(let map), .string(let name)): current = map[name] ?? .null
                case (.null, _): throw call.failure("index of untyped nil")
                case (.object(let object), .string(let name)): current = object.entries?.first { $0.key == name }?.value ?? .null
                default: throw call.failure("can't index item of type \(current.typeName)")
                }
            }
            return current
        },
        "slice": { call in
            try call.expectArguments(1...4)
            let bounds = try call.arguments.dropFirst().map { value -> Int in
                guard let bound = value.integer else { throw call.failure("cannot index slice with \(value.typeName)") }
                return bound
            }
            switch call.arguments[0] {
            case .list(let items):
                let low = bounds.first ?? 0, high = bounds.count > 1 ? bounds[1] : items.count
                guard low >= 0, low <= high, high <= items.count else { throw call.failure("index out of range") }
                return .list(Array(items[low..<high]))
            case .string(let text):
                let bytes = Array(text.utf8)
                let low = bounds.first ?? 0, high = bounds.count > 1 ? bounds[1] : bytes.count
                guard low >= 0, low <= high, high <= bytes.count, bounds.count < 3 else { throw call.failure("index out of range") }
                return .string(String(decoding: bytes[low..<high], as: UTF8.self))
            default: throw call.failure("can't slice item of type \(call.arguments[0].typeName)")
            }
        },
        "print": { call in .string(GoFormatting.sprint(call.arguments)) },
        "println": { call in .string(call.arguments.map(GoFormatting.string).joined(separator: " ") + "\n") },
        "printf": { call in
            try call.expectArguments(1...Int.max)
            guard case .string(let format) = call.arguments[0] else { throw call.failure("format is not a string") }
            return .string(GoFormatting.sprintf(format, Array(call.arguments.dropFirst())))
        },
        "html": { call in .string(htmlEscaped(GoFormatting.sprint(call.arguments))) },
        "js": { call in .string(jsEscaped(GoFormatting.sprint(call.arguments))) },
        "urlquery": { call in
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.~"))
            let text = GoFormatting.sprint(call.arguments)
            return .string(text.unicodeScalars.map { scalar in
                if scalar == " " { return "+" }
                if scalar.isASCII, allowed.contains(scalar) { return String(scalar) }
                return String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
            }.joined())
        },
        "call": { call in
            throw TemplateError(.unsupported("call"), template: call.template, line: call.line, message: "function values (call) are not supported by the native renderer")
        },
    ]

    /// Go's `lt` family on numbers or strings.
    private static func compare(_ call: TemplateCall) throws -> Int {
        try call.expectArguments(2...2)
        switch (call.arguments[0], call.arguments[1]) {
        case (.string(let a), .string(let b)): return a < b ? -1 : a == b ? 0 : 1
        default:
            guard let a = call.arguments[0].number, let b = call.arguments[1].number else {
                throw call.failure("incompatible types for comparison")
            }
            return a < b ? -1 : a == b ? 0 : 1
        }
    }

    private static func htmlEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "'": result += "&#39;"
            case "\"": result += "&#34;"
            case "\0": result += "\u{FFFD}"
            default: result.append(character)
            }
        }
        return result
    }

    private static func jsEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\"": result += "\\\""
            case "<": result += "\\u003C"
            case ">": result += "\\u003E"
            case "&": result += "\\u0026"
            case "=": result += "\\u003D"
            case "\n": result += "\\u000A"
            case "\r": result += "\\u000D"
            case "\t": result += "\\u0009"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

extension TemplateValue {
    /// An integer operand (a values number with no fraction counts).
    public var integer: Int? {
        switch self {
        case .int(let value): return value
        case .float(let value) where value.rounded() == value && abs(value) < 9.2e18: return Int(value)
        default: return nil
        }
    }

    public var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }
}

import Foundation
import InfragateParsers

/// The Sprig functions charts use, written as Sprig writes them (Sprig converts its arguments
/// with `cast`, so a values number where a string is wanted is formatted, not refused).
enum SprigFunctions {
    static var all: [String: TemplateEvaluator.Function] {
        var functions = strings
        functions.merge(lists) { first, _ in first }
        functions.merge(dictionaries) { first, _ in first }
        functions.merge(numbers) { first, _ in first }
        functions.merge(SprigFunctions.other) { first, _ in first }
        functions.merge(SprigFunctions.encoding) { first, _ in first }
        // Sprig's `must…` forms only differ in returning an error, which these already throw.
        for name in ["Append", "Prepend", "First", "Last", "Rest", "Initial", "Uniq", "Without", "Has", "Compact", "Reverse",
                     "Merge", "MergeOverwrite", "DeepCopy", "RegexMatch", "RegexFind", "RegexFindAll", "RegexReplaceAll",
                     "RegexReplaceAllLiteral", "RegexSplit", "ToDate", "Slice", "Push", "Chunk"] {
            let plain = name.prefix(1).lowercased() + name.dropFirst()
            if let function = functions[plain] { functions["must" + name] = function }
        }
        return functions
    }

    /// Sprig's `toString`: strings as they are, nil as empty, everything else through `%v`.
    static func text(_ value: TemplateValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        default: return GoFormatting.string(value)
        }
    }

    static func list(_ value: TemplateValue, _ call: TemplateCall) throws -> [TemplateValue] {
        switch value {
        case .list(let items): return items
        case .null: return []
        default: throw call.failure("cannot use type \(value.typeName) as a list")
        }
    }

    static func dictionary(_ value: TemplateValue, _ call: TemplateCall) throws -> [String: TemplateValue] {
        switch value {
        case .map(let map): return map
        case .null: return [:]
        default: throw call.failure("cannot use type \(value.typeName) as a dict")
        }
    }

    /// `cast.ToInt64`: numbers truncated, numeric strings read, booleans 0/1, anything else 0.
    static func integer(_ value: TemplateValue) -> Int {
        switch value {
        case .int(let number): return number
        case .float(let number): return number.isFinite && abs(number) < 9.2e18 ? Int(number) : 0
        case .bool(let flag): return flag ? 1 : 0
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return Int(trimmed) ?? (trimmed.lowercased().hasPrefix("0x") ? Int(trimmed.dropFirst(2), radix: 16) : nil) ?? Int(Double(trimmed) ?? 0)
        default: return 0
        }
    }

    static func float(_ value: TemplateValue) -> Double {
        switch value {
        case .int(let number): return Double(number)
        case .float(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces)) ?? 0
        default: return 0
        }
    }

    /// An indentation or padding width, within the output budget.
    static func width(_ value: TemplateValue, _ call: TemplateCall) throws -> Int {
        let width = max(0, integer(value))
        guard width <= call.evaluator.limits.maxOutputBytes else {
            throw TemplateError(.limit, template: call.template, line: call.line, message: "\(call.name) of \(width) is over the output budget")
        }
        return width
    }

    /// Sprig's `empty`: Go's zero values and empty collections.
    static func isEmpty(_ value: TemplateValue) -> Bool { !value.isTruthy }

    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !character.isLetter && !character.isNumber {
                if !current.isEmpty { words.append(current); current = "" }
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static let strings: [String: TemplateEvaluator.Function] = [
        "default": { call in
            try call.expectArguments(1...2)
            return call.arguments.count == 2 && !isEmpty(call.arguments[1]) ? call.arguments[1] : call.arguments[0]
        },
        "empty": { call in .bool(isEmpty(call.argument(0))) },
        "coalesce": { call in call.arguments.first { !isEmpty($0) } ?? .null },
        "ternary": { call in
            try call.expectArguments(3...3)
            return call.arguments[2].isTruthy ? call.arguments[0] : call.arguments[1]
        },
        "quote": { call in .string(call.arguments.filter { !$0.isNull }.map { GoFormatting.quote(text($0)) }.joined(separator: " ")) },
        "squote": { call in .string(call.arguments.filter { !$0.isNull }.map { "'" + text($0) + "'" }.joined(separator: " ")) },
        "cat": { call in .string(call.arguments.filter { !$0.isNull }.map(text).joined(separator: " ")) },
        "upper": { call in .string(text(call.argument(0)).uppercased()) },
        "lower": { call in .string(text(call.argument(0)).lowercased()) },
        "title": { call in
            var result = "", startOfWord = true
            for character in text(call.argument(0)) {
                result += startOfWord ? character.uppercased() : String(character)
                startOfWord = character.isWhitespace
            }
            return .string(result)
        },
        "untitle": { call in .string(text(call.argument(0)).split(separator: " ", omittingEmptySubsequences: false).map { $0.prefix(1).lowercased() + $0.dropFirst() }.joined(separator: " ")) },
        "trim": { call in .string(text(call.argument(0)).trimmingCharacters(in: .whitespacesAndNewlines)) },
        "trimAll": { call in .string(text(call.argument(1)).trimmingCharacters(in: CharacterSet(charactersIn: text(call.argument(0))))) },
        "trimPrefix": { call in
            let (prefix, value) = (text(call.argument(0)), text(call.argument(1)))
            return .string(value.hasPrefix(prefix) ? String(value.dropFirst(prefix.count)) : value)
        },
        "trimSuffix": { call in
            let (suffix, value) = (text(call.argument(0)), text(call.argument(1)))
            return .string(value.hasSuffix(suffix) ? String(value.dropLast(suffix.count)) : value)
        },
        "trunc": { call in
            try call.expectArguments(2...2)
            let (length, value) = (integer(call.arguments[0]), Array(text(call.arguments[1]).utf8))
            if length >= 0 { return .string(String(decoding: value.prefix(length), as: UTF8.self)) }
            return .string(String(decoding: value.suffix(max(0, value.count + length)), as: UTF8.self))
        },
        "substr": { call in
            try call.expectArguments(3...3)
            let bytes = Array(text(call.arguments[2]).utf8)
            var (start, end) = (integer(call.arguments[0]), integer(call.arguments[1]))
            if start < 0 { start = 0 }
            if end < 0 || end > bytes.count { end = bytes.count }
            guard start <= end else { return .string("") }
            return .string(String(decoding: bytes[start..<end], as: UTF8.self))
        },
        "abbrev": { call in
            let (width, value) = (integer(call.argument(0)), text(call.argument(1)))
            guard width >= 4, value.count > width else { return .string(value) }
            return .string(value.prefix(width - 3) + "...")
        },
        "replace": { call in
            try call.expectArguments(3...3)
            return .string(text(call.arguments[2]).replacingBytes(text(call.arguments[0]), with: text(call.arguments[1])))
        },
        "contains": { call in .bool(text(call.argument(1)).contains(text(call.argument(0))) || text(call.argument(0)).isEmpty) },
        "hasPrefix": { call in .bool(text(call.argument(1)).hasPrefix(text(call.argument(0)))) },
        "hasSuffix": { call in .bool(text(call.argument(1)).hasSuffix(text(call.argument(0)))) },
        "repeat": { call in
            let (count, value) = (integer(call.argument(0)), text(call.argument(1)))
            let size = count.multipliedReportingOverflow(by: max(value.utf8.count, 1))
            guard count >= 0, !size.overflow, size.partialValue <= call.evaluator.limits.maxOutputBytes else {
                throw TemplateError(.limit, template: call.template, line: call.line, message: "repeat of \(count) copies is over the output budget")
            }
            return .string(String(repeating: value, count: count))
        },
        "nospace": { call in .string(text(call.argument(0)).filter { !$0.isWhitespace }) },
        "kebabcase": { call in .string(words(text(call.argument(0))).map { $0.lowercased() }.joined(separator: "-")) },
        "snakecase": { call in .string(words(text(call.argument(0))).map { $0.lowercased() }.joined(separator: "_")) },
        "camelcase": { call in .string(words(text(call.argument(0))).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()) },
        "indent": { call in
            try call.expectArguments(2...2)
            let padding = String(repeating: " ", count: try width(call.arguments[0], call))
            return .string(padding + text(call.arguments[1]).replacingBytes("\n", with: "\n" + padding))
        },
        "nindent": { call in
            try call.expectArguments(2...2)
            let padding = String(repeating: " ", count: try width(call.arguments[0], call))
            return .string("\n" + padding + text(call.arguments[1]).replacingBytes("\n", with: "\n" + padding))
        },
        "b64enc": { call in .string(Data(text(call.argument(0)).utf8).base64EncodedString()) },
        "b64dec": { call in
            guard let data = Data(base64Encoded: text(call.argument(0))) else { return .string("illegal base64 data at input byte 0") }
            return .string(String(decoding: data, as: UTF8.self))
        },
        "sha256sum": { call in .string(SHA256.hex(of: text(call.argument(0)))) },
        "toString": { call in .string(text(call.argument(0))) },
        "toStrings": { call in .list(try list(call.argument(0), call).map { .string(text($0)) }) },
        "splitList": { call in
            try call.expectArguments(2...2)
            return .list(text(call.arguments[1]).components(separatedBy: text(call.arguments[0])).map { .string($0) })
        },
        "split": { call in
            try call.expectArguments(2...2)
            let parts = text(call.arguments[1]).components(separatedBy: text(call.arguments[0]))
            return .map(Dictionary(uniqueKeysWithValues: parts.enumerated().map { ("_\($0.offset)", .string($0.element)) }))
        },
        "join": { call in
            try call.expectArguments(2...2)
            let items: [TemplateValue]
            if case .list(let list) = call.arguments[1] { items = list } else { items = [call.arguments[1]] }
            return .string(items.filter { !$0.isNull }.map(text).joined(separator: text(call.arguments[0])))
        },
        "plural": { call in .string(integer(call.argument(2)) == 1 ? text(call.argument(0)) : text(call.argument(1))) },
    ]
}

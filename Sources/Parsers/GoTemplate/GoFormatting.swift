import Foundation

/// Go's `fmt` as templates print: `%v` of each kind, `Sprint` spacing, and `Sprintf` verbs.
public enum GoFormatting {
    /// `fmt.Sprint(value)` (`%v`).
    public static func string(_ value: TemplateValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return float(number)
        case .string(let text): return text
        case .list(let items): return "[" + items.map(string).joined(separator: " ") + "]"
        case .map(let map): return "map[" + map.sorted { $0.key < $1.key }.map { "\($0.key):\(string($0.value))" }.joined(separator: " ") + "]"
        case .object(let object):
            if let entries = object.entries { return "map[" + entries.map { "\($0.key):\(string($0.value))" }.joined(separator: " ") + "]" }
            return "{}"
        }
    }

    /// `fmt.Sprint(a, b, …)`: a space between operands when neither is a string.
    public static func sprint(_ values: [TemplateValue]) -> String {
        var result = ""
        for (index, value) in values.enumerated() {
            if index > 0, !isString(value), !isString(values[index - 1]) { result += " " }
            result += string(value)
        }
        return result
    }

    private static func isString(_ value: TemplateValue) -> Bool {
        if case .string = value { return true }
        return false
    }

    /// The shortest decimal digits of `value` and the position of the decimal point (`strconv`'s `digs`).
    static func shortestDigits(_ value: Double) -> (digits: String, point: Int) {
        let text = "\(abs(value))"
        var mantissa = Substring(text), exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        if digits == "0" { point = 1 }
        return (digits, point)
    }

    /// `%v` of a float64, as `strconv.FormatFloat(f, 'g', -1, 64)`: shortest digits, the `%e`
    /// form when the exponent is below -4 or at least 6 (so a values file's 1000000 prints 1e+06).
    public static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        let (digits, point) = shortestDigits(value)
        let exponent = point - 1
        if value != 0, exponent < -4 || exponent >= 6 {
            return sign + scientific(digits: digits, exponent: exponent)
        }
        return sign + positional(digits: digits, point: point)
    }

    /// JSON's float form (`encoding/json`): positional unless the exponent is below -6 or at least 21.
    public static func jsonFloat(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let sign = value < 0 ? "-" : ""
        let (digits, point) = shortestDigits(value)
        let exponent = point - 1
        if value != 0, exponent < -6 || exponent >= 21 {
            return sign + scientific(digits: digits, exponent: exponent)
        }
        return sign + positional(digits: digits, point: point)
    }

    private static func scientific(digits: String, exponent: Int) -> String {
        let first = digits.prefix(1), rest = digits.dropFirst()
        let magnitude = abs(exponent)
        return first + (rest.isEmpty ? "" : "." + rest) + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    private static func positional(digits: String, point: Int) -> String {
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return digits + String(repeating: "0", count: point - digits.count) }
        return digits.prefix(point) + "." + digits.dropFirst(point)
    }

    /// `strconv.Quote`.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{0B}": result += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\x%02x", scalar.value)
                } else if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .unassigned {
                    result += scalar.value > 0xFFFF ? String(format: "\\U%08x", scalar.value) : String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `fmt.Sprintf` with the verbs charts use: `%s %d %v %q %t %f %e %g %x %X %o %b %c %%`,
    /// flags `- + 0 space #`, width and precision (`*` too).
    public static func sprintf(_ format: String, _ arguments: [TemplateValue]) -> String {
        var result = ""
        var next = 0
        let characters = Array(format)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "%" else { result.append(character); index += 1; continue }
            index += 1
            guard index < characters.count else { result += "%!(NOVERB)"; break }
            var minus = false, plus = false, zero = false, space = false, sharp = false
            flags: while index < characters.count {
                switch characters[index] {
                case "-": minus = true
                case "+": plus = true
                case "0": zero = true
                case " ": space = true
                case "#": sharp = true
                default: break flags
                }
                index += 1
            }
            func number() -> Int? {
                if index < characters.count, characters[index] == "*" {
                    index += 1
                    defer { next += 1 }
                    if next < arguments.count, case .int(let value) = arguments[next] { return value }
                    return nil
                }
                var digits = ""
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { digits.append(characters[index]); index += 1 }
                return Int(digits)
            }
            // Widths and precisions beyond any sensible output are clamped, not allocated.
            let width = number().map { min($0, 1 << 16) }
            var precision: Int?
            if index < characters.count, characters[index] == "." {
                index += 1
                precision = min(number() ?? 0, 1 << 10)
            }
            guard index < characters.count else { result += "%!(NOVERB)"; break }
            let verb = characters[index]
            index += 1
            if verb == "%" { result += "%"; continue }
            guard next < arguments.count else { result += "%!\(verb)(MISSING)"; continue }
            let argument = arguments[next]
            next += 1
            var body = formatted(argument, verb: verb, precision: precision, plus: plus, space: space, sharp: sharp)
            if let width, body.count < width {
                let padding = width - body.count
                if minus {
                    body += String(repeating: " ", count: padding)
                } else if zero, "dfeEgGxXob".contains(verb), argument.isNumber {
                    let signed = body.hasPrefix("-") || body.hasPrefix("+")
                    body = (signed ? String(body.prefix(1)) : "") + String(repeating: "0", count: padding) + (signed ? String(body.dropFirst()) : body)
                } else {
                    body = String(repeating: " ", count: padding) + body
                }
            }
            result += body
        }
        if next < arguments.count {
            result += "%!(EXTRA " + arguments[next...].map { "\($0.typeName)=\(string($0))" }.joined(separator: ", ") + ")"
        }
        return result
    }

    private static func formatted(_ argument: TemplateValue, verb: Character, precision: Int?, plus: Bool, space: Bool, sharp: Bool) -> String {
        let bad = "%!\(verb)(\(argument.typeName)=\(string(argument)))"
        func signed(_ text: String, negative: Bool) -> String {
            negative ? "-" + text : plus ? "+" + text : space ? " " + text : text
        }
        switch verb {
        case "v":
            if case .string(let text) = argument, sharp { return quote(text) }
            return string(argument)
        case "s":
            switch argument {
            case .string, .list, .map, .bool, .null, .object:
                let text = string(argument)
                return precision.map { String(text.prefix($0)) } ?? text
            case .int, .float: return bad
            }
        case "q":
            switch argument {
            case .string(let text): return quote(text)
            case .int(let value): return Unicode.Scalar(UInt32(clamping: max(value, 0))).map { "'" + String(Character($0)) + "'" } ?? bad
            default: return bad
            }
        case "t":
            if case .bool(let flag) = argument { return flag ? "true" : "false" }
            return bad
        case "d":
            if case .int(let value) = argument { return signed(String(value.magnitude), negative: value < 0) }
            return bad
        case "x", "X", "o", "b":
            let radix = verb == "o" ? 8 : verb == "b" ? 2 : 16
            switch argument {
            case .int(let value):
                var digits = String(value.magnitude, radix: radix, uppercase: verb == "X")
                if sharp { digits = (radix == 16 ? (verb == "X" ? "0X" : "0x") : radix == 8 ? "0" : "") + digits }
                return signed(digits, negative: value < 0)
            case .string(let text) where radix == 16:
                return text.utf8.map { String(format: verb == "X" ? "%02X" : "%02x", $0) }.joined()
            default: return bad
            }
        case "c":
            if case .int(let value) = argument, let scalar = Unicode.Scalar(UInt32(clamping: max(value, 0))) { return String(Character(scalar)) }
            return bad
        case "f", "F", "e", "E", "g", "G":
            let number: Double
            switch argument {
            case .float(let value): number = value
            case .int: return bad
            default: return bad
            }
            let text: String
            switch verb {
            case "f", "F": text = String(format: "%.\(precision ?? 6)f", abs(number))
            case "e", "E":
                text = String(format: "%.\(precision ?? 6)\(verb)", abs(number))
            default:
                text = precision.map { String(format: "%.\($0)\(verb)", abs(number)) } ?? float(abs(number))
            }
            return signed(text, negative: number < 0 || (number == 0 && number.sign == .minus))
        default:
            return "%!\(verb)(\(argument.typeName)=\(string(argument)))"
        }
    }
}

extension TemplateValue {
    var isNumber: Bool {
        switch self {
        case .int, .float: return true
        default: return false
        }
    }
}

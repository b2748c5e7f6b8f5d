import Foundation

/// Reads a scalar's type the way go-yaml (v2, as kubectl uses it) does, checked against kubectl
/// by `KubectlOracleTests`: plain scalars get YAML 1.1 implicit types (`yes`/`on`/`y` are
/// booleans, `010` is octal, `0x1F` hex, `1_000` a thousand), quoted ones stay strings, and an
/// explicit core tag (`!!bool "true"`) types the text whatever its quoting. A tag the text does
/// not fit (`!!bool "1"`) is an error, as the consumer refuses it too. Custom tags (`!Ref`, `!foo`)
/// leave a string for packs that know them.
enum YAMLScalarResolver {
    struct Failure: Error {
        let message: String
    }

    private static let core = "tag:yaml.org,2002:"

    /// The consumer's reading of a scalar: its text (a `!!binary` one decoded) and its value.
    static func resolve(_ text: String, isPlain: Bool, tag: String?) throws(Failure) -> (text: String, value: YAMLScalar.Value) {
        guard let tag else {
            return (text, isPlain ? implicitValue(of: text) : .string)
        }
        // The non-specific tag `!` and custom tags (`!Ref`, `!foo`) leave the text a string.
        guard tag.hasPrefix(core) else { return (text, .string) }
        let name = String(tag.dropFirst(core.count))
        let value = implicitValue(of: text)
        switch (name, value) {
        case ("bool", .bool), ("int", .int), ("float", .float), ("null", .null):
            return (text, value)
        case ("float", .int(let int)):
            return (text, .float(Double(int)))
        case ("bool", _), ("int", _), ("float", _), ("null", _):
            throw Failure(message: "`\(text)` is not a valid !!\(name)")
        case ("binary", _):
            return (try decodeBase64(text), .string)
        default:
            return (text, .string)
        }
    }

    /// YAML 1.1 implicit typing as go-yaml v2 resolves it; anything else is a string.
    static func implicitValue(of text: String) -> YAMLScalar.Value {
        if let special = specialScalars[text] { return special }
        guard let first = text.unicodeScalars.first else { return .null }
        switch first {
        case "0"..."9", "+", "-":
            let digits = text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text
            return number(digits) ?? .string
        case ".":
            return number(text) ?? .string
        default:
            return .string
        }
    }

    /// compose-go's casts of strings in typed fields: `toBoolean` (YAML 1.1 words, any case)
    /// and `strconv.Atoi`.
    static func composeCast(of text: String) -> YAMLScalar.Value? {
        switch text.lowercased() {
        case "y", "yes", "true", "on": return .bool(true)
        case "n", "no", "false", "off": return .bool(false)
        default: return Int(text).map(YAMLScalar.Value.int)
        }
    }

    private static let specialScalars: [String: YAMLScalar.Value] = {
        var table: [String: YAMLScalar.Value] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[word] = .bool(true) }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { table[word] = .bool(false) }
        for word in ["~", "null", "Null", "NULL"] { table[word] = .null }
        for word in [".nan", ".NaN", ".NAN"] { table[word] = .float(.nan) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .float(.infinity) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .float(-.infinity) }
        return table
    }()

    /// Go's `strconv.ParseInt(text, 0, 64)` (sign, then `0x`, `0o`, `0b` or a leading-zero octal),
    /// then a decimal float; underscores are already removed.
    private static func number(_ text: String) -> YAMLScalar.Value? {
        var digits = Substring(text)
        let isNegative = digits.first == "-"
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let radix: Int
        let prefix = Array(digits.prefix(2))
        switch (prefix.first, prefix.count == 2 ? prefix[1] : nil) {
        case ("0", "x"?), ("0", "X"?): radix = 16; digits = digits.dropFirst(2)
        case ("0", "o"?), ("0", "O"?): radix = 8; digits = digits.dropFirst(2)
        case ("0", "b"?), ("0", "B"?): radix = 2; digits = digits.dropFirst(2)
        case ("0", _?): radix = 8; digits = digits.dropFirst()
        default: radix = 10
        }
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }), let magnitude = UInt64(digits, radix: radix) {
            let signed = isNegative ? -Double(magnitude) : Double(magnitude)
            if isNegative, magnitude <= UInt64(Int64.max) + 1 {
                return .int(magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(magnitude))
            }
            if !isNegative, magnitude <= UInt64(Int64.max) { return .int(Int(magnitude)) }
            return .float(signed)
        }
        // Go's ParseFloat fails on overflow (`1e400`), which leaves go-yaml a string.
        guard isFloatSyntax(text), let double = Double(text), double.isFinite else { return nil }
        return .float(double)
    }

    /// go-yaml's float pattern `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`; Swift's
    /// `Double(_:)` alone would also take `inf`, `nan` and hex floats, which go-yaml reads as strings.
    private static func isFloatSyntax(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digitRun() -> Int {
            let run = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(run)
            return run
        }
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            guard digitRun() > 0 else { return false }
        } else {
            guard digitRun() > 0 else { return false }
            if scalars.first == "." {
                scalars = scalars.dropFirst()
                _ = digitRun()
            }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            guard digitRun() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// Go's standard base64 decoding, which skips line breaks; undecodable text is an error.
    private static func decodeBase64(_ text: String) throws(Failure) -> String {
        let compact = text.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        guard let data = Data(base64Encoded: compact) else {
            throw Failure(message: "!!binary value is not valid base64")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

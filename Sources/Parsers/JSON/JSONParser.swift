/// A strict RFC 8259 JSON parser with line positions. It accepts every valid document, including
/// UTF-16 surrogate-pair escapes (`"\ud83d\ude00"`, which Python's `json.dumps` writes by default);
/// nesting beyond `maximumDepth` is an error rather than a stack overflow. Linear time.
public enum JSONParser {
    public static let maximumDepth = 512

    public static func parse(_ text: String) throws -> JSONValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        return try reader.parseDocument()
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is not part of the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func parseDocument() throws -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw error("unexpected \(describeCurrent()) after the document") }
        return value
    }

    private mutating func parseValue() throws -> JSONValue {
        skipWhitespace()
        let startLine = line
        guard let byte = peek() else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), line: startLine, endLine: line)
        case UInt8(ascii: "t"): return try parseKeyword("true", .bool(true))
        case UInt8(ascii: "f"): return try parseKeyword("false", .bool(false))
        case UInt8(ascii: "n"): return try parseKeyword("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        let startLine = line
        try descend()
        defer { depth -= 1 }
        position += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return JSONValue(.object(members), line: startLine, endLine: line)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("unexpected \(describeCurrent()), expected an object key") }
            let keyLine = line
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("unexpected \(describeCurrent()), expected \":\" after key \"\(key)\"") }
            position += 1
            members.append(JSONMember(key: key, keyLine: keyLine, value: try parseValue()))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ",")?:
                position += 1
            case UInt8(ascii: "}")?:
                position += 1
                return JSONValue(.object(members), line: startLine, endLine: line)
            default:
                throw error("unexpected \(describeCurrent()), expected \",\" or \"}\" in an object")
            }
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        let startLine = line
        try descend()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return JSONValue(.array(elements), line: startLine, endLine: line)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ",")?:
                position += 1
            case UInt8(ascii: "]")?:
                position += 1
                return JSONValue(.array(elements), line: startLine, endLine: line)
            default:
                throw error("unexpected \(describeCurrent()), expected \",\" or \"]\" in an array")
            }
        }
    }

    private mutating func parseString() throws -> String {
        let startLine = line
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flushRun() {
            scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = peek() else { throw ParseProblem(line: startLine, message: "unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                flushRun()
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRun()
                scalars.append(try parseEscape())
                runStart = position
            case 0..<0x20:
                throw error("control character in a string (escape it)")
            default:
                position += 1
            }
        }
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        position += 1
        guard let escaped = peek() else { throw error("unterminated escape") }
        position += 1
        switch escaped {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try parseUnicodeEscape()
        default: throw error("invalid escape \\\(Character(Unicode.Scalar(escaped)))")
        }
    }

    /// `\uXXXX`, joining a high and a low surrogate escape into one scalar. A lone surrogate is
    /// valid JSON syntax but no Unicode scalar: it becomes U+FFFD.
    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
        let unit = try parseHexQuad()
        if (0xD800...0xDBFF).contains(unit),
           peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") {
            let saved = position
            position += 2
            let low = try parseHexQuad()
            if (0xDC00...0xDFFF).contains(low) {
                let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            position = saved
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    private mutating func parseHexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
              bytes[position..<position + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
        else { throw error("invalid \\u escape (expected four hex digits)") }
        position += 4
        return value
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw error("invalid number") }
        if first == UInt8(ascii: "0") {
            position += 1
        } else {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let digit = peek(), isDigit(digit) else { throw error("invalid number: digits expected after \".\"") }
            skipDigits()
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), isDigit(digit) else { throw error("invalid number: digits expected in exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return JSONValue(.number(Double(text) ?? 0), line: line, endLine: line)
    }

    private mutating func parseKeyword(_ keyword: String, _ kind: JSONValueKind) throws -> JSONValue {
        let keywordBytes = Array(keyword.utf8)
        guard bytes[position...].starts(with: keywordBytes) else { throw error("unexpected \(describeCurrent()), expected a value") }
        position += keywordBytes.count
        return JSONValue(kind, line: line, endLine: line)
    }

    private mutating func descend() throws {
        depth += 1
        guard depth <= JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
    }

    private mutating func skipWhitespace() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            position += 1
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func describeCurrent() -> String {
        guard let byte = peek() else { return "end of input" }
        return byte >= 0x20 && byte < 0x7f ? "\"\(Character(Unicode.Scalar(byte)))\"" : "byte 0x\(String(byte, radix: 16))"
    }

    private func error(_ message: String) -> ParseProblem {
        ParseProblem(line: line, message: message)
    }
}

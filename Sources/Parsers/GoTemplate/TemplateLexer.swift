/// Splits a Go template into text and action tokens, as `text/template/parse`'s lexer does:
/// `{{`/`}}` delimiters, `{{- ` and ` -}}` trimming the adjacent text's white space, `{{/* */}}`
/// comments. One pass over the bytes, so linear in the template.
struct TemplateToken {
    enum Kind: Equatable {
        case text(String)
        case leftDelimiter
        case rightDelimiter
        case identifier(String)
        /// `.A.B` (components), or `.` alone (no components).
        case field([String])
        /// `$x.A`: the variable's name with `$`, then the components.
        case variable(String, [String])
        case string(String)
        case number(String)
        case character(Int)
        case pipe
        case leftParenthesis
        case rightParenthesis
        case declare
        case assign
        case comma
    }

    let kind: Kind
    let line: Int
    /// White space separated it from the previous token (`(x).A` chains, `(x) .A` is an argument).
    let spaced: Bool
}

struct TemplateLexer {
    private let bytes: [UInt8]
    private let name: String
    private var position = 0
    private var line = 1
    private(set) var tokens: [TemplateToken] = []

    private static let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]

    init(_ text: String, name: String) {
        bytes = Array(text.utf8)
        self.name = name
    }

    static func tokens(of text: String, name: String) throws -> [TemplateToken] {
        var lexer = TemplateLexer(text, name: name)
        try lexer.run()
        return lexer.tokens
    }

    private mutating func run() throws {
        var trimNextText = false
        while position < bytes.count {
            let start = position
            let startLine = line
            let open = find("{{", from: position)
            var textEnd = open ?? bytes.count
            let trimsLeft = open.map { $0 + 3 < bytes.count && bytes[$0 + 2] == UInt8(ascii: "-") && Self.space.contains(bytes[$0 + 3]) } ?? false
            var textStart = start
            if trimNextText { while textStart < textEnd, Self.space.contains(bytes[textStart]) { textStart += 1 } }
            let trimmedStartLine = startLine + newlines(start, textStart)
            if trimsLeft { while textEnd > textStart, Self.space.contains(bytes[textEnd - 1]) { textEnd -= 1 } }
            if textEnd > textStart {
                tokens.append(TemplateToken(kind: .text(String(decoding: bytes[textStart..<textEnd], as: UTF8.self)), line: trimmedStartLine, spaced: false))
            }
            line = startLine + newlines(start, open ?? bytes.count)
            guard let open else { position = bytes.count; break }
            position = open + 2 + (trimsLeft ? 2 : 0)
            trimNextText = try action()
        }
    }

    /// Lexes one action after its left delimiter; whether it trims the text after it.
    private mutating func action() throws -> Bool {
        if starts(with: "/*") {
            guard let close = find("*/", from: position + 2) else { throw error("unclosed comment") }
            line += newlines(position, close)
            position = close + 2
            if starts(with: " -}}") || starts(with: "\t-}}") || starts(with: "\n-}}") { position += 4; return true }
            guard starts(with: "}}") else { throw error("comment ends before closing delimiter") }
            position += 2
            return false
        }
        tokens.append(TemplateToken(kind: .leftDelimiter, line: line, spaced: false))
        var spaced = false
        while true {
            guard position < bytes.count else { throw error("unclosed action") }
            let byte = bytes[position]
            if Self.space.contains(byte) {
                if byte == 0x0A { line += 1 }
                if position + 3 < bytes.count + 0, starts(with: "-}}", at: position + 1) {
                    tokens.append(TemplateToken(kind: .rightDelimiter, line: line, spaced: true))
                    position += 4
                    return true
                }
                position += 1
                spaced = true
                continue
            }
            if starts(with: "}}") {
                tokens.append(TemplateToken(kind: .rightDelimiter, line: line, spaced: spaced))
                position += 2
                return false
            }
            let kind = try operandToken(byte)
            tokens.append(TemplateToken(kind: kind, line: line, spaced: spaced))
            spaced = false
        }
    }

    private mutating func operandToken(_ byte: UInt8) throws -> TemplateToken.Kind {
        switch byte {
        case UInt8(ascii: "|"): position += 1; return .pipe
        case UInt8(ascii: "("): position += 1; return .leftParenthesis
        case UInt8(ascii: ")"): position += 1; return .rightParenthesis
        case UInt8(ascii: ","): position += 1; return .comma
        case UInt8(ascii: "="): position += 1; return .assign
        case UInt8(ascii: ":"):
            guard starts(with: ":=") else { throw error("expected :=") }
            position += 2
            return .declare
        case UInt8(ascii: "\""): return .string(try quoted())
        case UInt8(ascii: "`"):
            guard let close = bytes[(position + 1)...].firstIndex(of: UInt8(ascii: "`")) else { throw error("unterminated raw quoted string") }
            let text = String(decoding: bytes[(position + 1)..<close], as: UTF8.self)
            line += newlines(position, close)
            position = close + 1
            return .string(text)
        case UInt8(ascii: "'"): return .character(try character())
        case UInt8(ascii: "$"):
            position += 1
            let name = "$" + identifier()
            return .variable(name, try fieldComponents())
        case UInt8(ascii: "."):
            if position + 1 < bytes.count, isDigit(bytes[position + 1]) { return .number(number()) }
            return .field(try fieldComponents())
        default:
            if isDigit(byte) || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && position + 1 < bytes.count && (isDigit(bytes[position + 1]) || bytes[position + 1] == UInt8(ascii: "."))) {
                return .number(number())
            }
            guard isIdentifierByte(byte) else {
                throw error("unexpected \"\(String(decoding: [byte], as: UTF8.self))\" in action")
            }
            return .identifier(identifier())
        }
    }

    /// `.A.B` from a `.`; an empty list for dot itself.
    private mutating func fieldComponents() throws -> [String] {
        var components: [String] = []
        while position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            let next = position + 1
            guard next < bytes.count, isIdentifierByte(bytes[next]), !isDigit(bytes[next]) else {
                if components.isEmpty, next >= bytes.count || !isIdentifierByte(bytes[next]) { position = next; return [] }
                throw error("bad field name")
            }
            position = next
            components.append(identifier())
        }
        return components
    }

    private mutating func identifier() -> String {
        let start = position
        while position < bytes.count, isIdentifierByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func number() -> String {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            let exponentSign = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) && [UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position - 1])
                && !String(decoding: bytes[start..<position], as: UTF8.self).lowercased().hasPrefix("0x")
            guard isIdentifierByte(byte) || byte == UInt8(ascii: ".") || exponentSign else { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func quoted() throws -> String {
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        position += 1
        func flush() { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw.removeAll() }
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else { throw error("unterminated quoted string") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else { raw.append(byte); continue }
            flush()
            scalars.append(try escape(quote: UInt8(ascii: "\"")))
        }
        flush()
        return String(scalars)
    }

    private mutating func character() throws -> Int {
        position += 1
        guard position < bytes.count else { throw error("unterminated character constant") }
        let scalar: Unicode.Scalar
        if bytes[position] == UInt8(ascii: "\\") {
            position += 1
            scalar = try escape(quote: UInt8(ascii: "'"))
        } else {
            let start = position
            position += 1
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            guard let decoded = String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars.first else { throw error("bad character constant") }
            scalar = decoded
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "'") else { throw error("unterminated character constant") }
        position += 1
        return Int(scalar.value)
    }

    /// After a backslash: Go's escapes (`\n`, `\x41`, `\u00e9`, `\101`).
    private mutating func escape(quote: UInt8) throws -> Unicode.Scalar {
        guard position < bytes.count else { throw error("unterminated escape") }
        let byte = bytes[position]
        position += 1
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "n"): "\n", UInt8(ascii: "t"): "\t", UInt8(ascii: "r"): "\r", UInt8(ascii: "a"): "\u{07}",
            UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "v"): "\u{0B}", UInt8(ascii: "\\"): "\\",
        ]
        if let scalar = simple[byte] { return scalar }
        if byte == quote { return Unicode.Scalar(byte) }
        let digits: Int, radix: Int
        switch byte {
        case UInt8(ascii: "x"): (digits, radix) = (2, 16)
        case UInt8(ascii: "u"): (digits, radix) = (4, 16)
        case UInt8(ascii: "U"): (digits, radix) = (8, 16)
        case UInt8(ascii: "0")...UInt8(ascii: "7"): (digits, radix) = (3, 8); position -= 1
        default: throw error("unknown escape sequence")
        }
        guard position + digits <= bytes.count, let value = UInt32(String(decoding: bytes[position..<(position + digits)], as: UTF8.self), radix: radix),
              let scalar = Unicode.Scalar(value) else { throw error("bad escape sequence") }
        position += digits
        return scalar
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte >= 0x80
    }

    private func starts(with literal: StaticString, at index: Int? = nil) -> Bool {
        let at = index ?? position
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in buffer.indices.allSatisfy { bytes[at + $0] == buffer[$0] } }
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        return literal.withUTF8Buffer { buffer -> Int? in
            var index = start
            while index + count <= bytes.count {
                if bytes[index] == buffer[0], (1..<count).allSatisfy({ bytes[index + $0] == buffer[$0] }) { return index }
                index += 1
            }
            return nil
        }
    }

    private func newlines(_ start: Int, _ end: Int) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for index in start..<end where bytes[index] == 0x0A { count += 1 }
        return count
    }

    private func error(_ message: String) -> TemplateError {
        TemplateError(.syntax, template: name, line: line, message: message)
    }
}

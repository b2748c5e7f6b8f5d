/// A lexical token of HCL native syntax, with the 1-based line it starts on.
struct HCLToken: Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        case number(Double)
        /// Operators and brackets, e.g. `{`, `==`, `=>`, `...`.
        case punctuation(String)
        case newline
        case openQuote
        case closeQuote
        /// Literal text of a template, escapes already decoded.
        case templateText(String)
        /// `${`, `${~`: an interpolation starts; `strip` trims whitespace before it.
        case templateInterpolation(strip: Bool)
        /// `%{`, `%{~`: a directive starts.
        case templateControl(strip: Bool)
        /// The `}` or `~}` that ends an interpolation or directive.
        case templateEnd(strip: Bool)
        case heredocOpen(indented: Bool)
        case heredocClose
        case endOfFile
    }

    let kind: Kind
    let line: Int
}

/// Turns HCL source into tokens in one linear pass. Templates nest inside expressions and
/// expressions inside templates, so the lexer keeps an explicit (heap) stack of contexts rather
/// than recursing: hostile nesting cannot overflow the call stack.
struct HCLLexer {
    private enum Context {
        case braces
        case interpolation
        case quoted
        case heredoc(marker: [UInt8], line: Int)
    }

    private enum TemplateSequence {
        case none, escaped, opened
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var contexts: [Context] = []
    private var tokens: [HCLToken] = []
    private var heredocAtLineStart = false

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    static func tokenize(_ source: String) throws -> [HCLToken] {
        var lexer = HCLLexer(source)
        return try lexer.run()
    }

    private mutating func run() throws -> [HCLToken] {
        while true {
            switch contexts.last {
            case .quoted?:
                try scanQuotedTemplate()
            case .heredoc(let marker, let openingLine)?:
                try scanHeredocTemplate(marker: marker, openingLine: openingLine)
            default:
                if position >= bytes.count {
                    if case .interpolation? = contexts.last {
                        throw ParseProblem(line: line, message: "unterminated template interpolation")
                    }
                    tokens.append(HCLToken(kind: .endOfFile, line: line))
                    return tokens
                }
                try scanExpressionToken()
            }
        }
    }

    // MARK: Expression context

    private mutating func scanExpressionToken() throws {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            position += 1
        case UInt8(ascii: "\n"):
            emit(.newline)
            position += 1
            line += 1
        case UInt8(ascii: "#"):
            skipLineComment()
        case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
            skipLineComment()
        case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
            try skipBlockComment()
        case UInt8(ascii: "\""):
            emit(.openQuote)
            contexts.append(.quoted)
            position += 1
        case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<") && startsHeredoc():
            try scanHeredocOpening()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            scanNumber()
        case UInt8(ascii: "{"):
            contexts.append(.braces)
            emit(.punctuation("{"))
            position += 1
        case UInt8(ascii: "~") where peek(1) == UInt8(ascii: "}"):
            try closeBrace(strip: true)
        case UInt8(ascii: "}"):
            try closeBrace(strip: false)
        default:
            if Self.isIdentifierStart(byte) {
                scanIdentifier()
            } else {
                try scanPunctuation()
            }
        }
    }

    private mutating func closeBrace(strip: Bool) throws {
        let startLine = line
        position += strip ? 2 : 1
        switch contexts.last {
        case .interpolation?:
            contexts.removeLast()
            heredocAtLineStart = false
            tokens.append(HCLToken(kind: .templateEnd(strip: strip), line: startLine))
        case .braces?:
            contexts.removeLast()
            if strip { throw ParseProblem(line: startLine, message: "unexpected \"~\"") }
            tokens.append(HCLToken(kind: .punctuation("}"), line: startLine))
        default:
            throw ParseProblem(line: startLine, message: "unbalanced \"}\"")
        }
    }

    private static let punctuation: [String] = [
        "...", "==", "!=", "<=", ">=", "&&", "||", "=>", "::",
        "=", "!", "<", ">", "+", "-", "*", "/", "%", "?", ":", ".", ",", "(", ")", "[", "]",
    ]

    private mutating func scanPunctuation() throws {
        for symbol in Self.punctuation where matches(symbol) {
            emit(.punctuation(symbol))
            position += symbol.utf8.count
            return
        }
        throw ParseProblem(line: line, message: "unexpected character \(describe(bytes[position]))")
    }

    private mutating func scanNumber() {
        let start = position
        skipDigits()
        if peek(0) == UInt8(ascii: "."), let next = peek(1), Self.isDigit(next) {
            position += 1
            skipDigits()
        }
        if let e = peek(0), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var lookahead = 1
            if let sign = peek(1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { lookahead = 2 }
            if let digit = peek(lookahead), Self.isDigit(digit) {
                position += lookahead
                skipDigits()
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        emit(.number(Double(text) ?? 0), line: line)
    }

    private mutating func scanIdentifier() {
        let start = position
        position += 1
        while let byte = peek(0), Self.isIdentifierStart(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "-") {
            position += 1
        }
        emit(.identifier(String(decoding: bytes[start..<position], as: UTF8.self)))
    }

    private mutating func skipLineComment() {
        while let byte = peek(0), byte != UInt8(ascii: "\n") { position += 1 }
    }

    private mutating func skipBlockComment() throws {
        let startLine = line
        position += 2
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                position += 2
                return
            }
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        throw ParseProblem(line: startLine, message: "unterminated /* comment")
    }

    // MARK: Templates

    private mutating func scanQuotedTemplate() throws {
        let startLine = line
        var text: [UInt8] = []
        while true {
            guard let byte = peek(0) else {
                throw ParseProblem(line: startLine, message: "unterminated string")
            }
            switch byte {
            case UInt8(ascii: "\""):
                flushText(&text, line: startLine)
                emit(.closeQuote)
                position += 1
                contexts.removeLast()
                return
            case UInt8(ascii: "\n"):
                throw ParseProblem(line: line, message: "unterminated string (a quoted string cannot span lines; use a heredoc)")
            case UInt8(ascii: "\\"):
                try decodeEscape(into: &text)
            default:
                switch try scanTemplateSequenceStart(text: &text, line: startLine) {
                case .opened: return
                case .escaped: continue
                case .none:
                    text.append(byte)
                    position += 1
                }
            }
        }
    }

    private mutating func scanHeredocTemplate(marker: [UInt8], openingLine: Int) throws {
        let startLine = line
        var text: [UInt8] = []
        while true {
            if heredocAtLineStart, closesHeredoc(marker) {
                flushText(&text, line: startLine)
                emit(.heredocClose)
                skipInlineWhitespace()
                position += marker.count
                contexts.removeLast()
                heredocAtLineStart = false
                return
            }
            guard let byte = peek(0) else {
                throw ParseProblem(line: openingLine, message: "unterminated heredoc: no closing \(String(decoding: marker, as: UTF8.self))")
            }
            heredocAtLineStart = false
            if byte == UInt8(ascii: "\n") {
                text.append(byte)
                position += 1
                line += 1
                heredocAtLineStart = true
                continue
            }
            switch try scanTemplateSequenceStart(text: &text, line: startLine) {
            case .opened: return
            case .escaped: continue
            case .none:
                text.append(byte)
                position += 1
            }
        }
    }

    /// Handles `${`, `%{` and their `$${` / `%%{` escapes. When an interpolation or directive
    /// opens, the caller's text has been flushed.
    private mutating func scanTemplateSequenceStart(text: inout [UInt8], line startLine: Int) throws -> TemplateSequence {
        guard let byte = peek(0), byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") else { return .none }
        if peek(1) == byte, peek(2) == UInt8(ascii: "{") {
            text.append(byte)
            text.append(UInt8(ascii: "{"))
            position += 3
            return .escaped
        }
        guard peek(1) == UInt8(ascii: "{") else { return .none }
        flushText(&text, line: startLine)
        let strip = peek(2) == UInt8(ascii: "~")
        emit(byte == UInt8(ascii: "$") ? .templateInterpolation(strip: strip) : .templateControl(strip: strip))
        position += strip ? 3 : 2
        contexts.append(.interpolation)
        return .opened
    }

    private mutating func decodeEscape(into text: inout [UInt8]) throws {
        guard let escaped = peek(1) else {
            throw ParseProblem(line: line, message: "unterminated string")
        }
        position += 2
        switch escaped {
        case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "r"): text.append(UInt8(ascii: "\r"))
        case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "\""): text.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): text.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"): try decodeUnicodeEscape(digits: 4, into: &text)
        case UInt8(ascii: "U"): try decodeUnicodeEscape(digits: 8, into: &text)
        default:
            throw ParseProblem(line: line, message: "invalid escape sequence \\\(describe(escaped))")
        }
    }

    private mutating func decodeUnicodeEscape(digits: Int, into text: inout [UInt8]) throws {
        guard position + digits <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + digits], as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(value)
        else {
            throw ParseProblem(line: line, message: "invalid unicode escape")
        }
        text.append(contentsOf: Array(String(Character(scalar)).utf8))
        position += digits
    }

    private mutating func flushText(_ text: inout [UInt8], line startLine: Int) {
        guard !text.isEmpty else { return }
        emit(.templateText(String(decoding: text, as: UTF8.self)), line: startLine)
        text.removeAll(keepingCapacity: true)
    }

    // MARK: Heredocs

    /// `<<ID` or `<<-ID` directly followed by a newline.
    private func startsHeredoc() -> Bool {
        var index = position + 2
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isIdentifierStart(bytes[index]) else { return false }
        while index < bytes.count, Self.isIdentifierStart(bytes[index]) || Self.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "\n")
    }

    private mutating func scanHeredocOpening() throws {
        position += 2
        let indented = peek(0) == UInt8(ascii: "-")
        if indented { position += 1 }
        let start = position
        while let byte = peek(0), Self.isIdentifierStart(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "-") {
            position += 1
        }
        let marker = Array(bytes[start..<position])
        let openingLine = line
        emit(.heredocOpen(indented: indented))
        if peek(0) == UInt8(ascii: "\r") { position += 1 }
        position += 1
        line += 1
        contexts.append(.heredoc(marker: marker, line: openingLine))
        heredocAtLineStart = true
    }

    /// Whether the current line is the closing marker alone (leading blanks allowed).
    private func closesHeredoc(_ marker: [UInt8]) -> Bool {
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard index + marker.count <= bytes.count, Array(bytes[index..<index + marker.count]) == marker else { return false }
        var end = index + marker.count
        if end < bytes.count, bytes[end] == UInt8(ascii: "\r") { end += 1 }
        return end == bytes.count || bytes[end] == UInt8(ascii: "\n")
    }

    private mutating func skipInlineWhitespace() {
        while let byte = peek(0), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
    }

    // MARK: Helpers

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func matches(_ symbol: String) -> Bool {
        var index = position
        for byte in symbol.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private mutating func skipDigits() {
        while let byte = peek(0), Self.isDigit(byte) { position += 1 }
    }

    private mutating func emit(_ kind: HCLToken.Kind, line tokenLine: Int? = nil) {
        tokens.append(HCLToken(kind: kind, line: tokenLine ?? line))
    }

    private func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7f ? "\"\(Character(Unicode.Scalar(byte)))\"" : "0x\(String(byte, radix: 16))"
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// ASCII letters, `_`, and any non-ASCII byte (HCL identifiers are Unicode).
    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}

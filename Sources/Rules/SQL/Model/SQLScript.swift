/// A SQL script (a migration, an init script) as statements of tokens, read the way PostgreSQL and
/// MySQL lex it: `'…'` strings with `''` (and `E'…'`/MySQL `\` escapes), `$tag$…$tag$` dollar quotes,
/// `"…"` and `` `…` `` quoted names, `--` line comments and MySQL's `#` ones where a statement starts, nesting `/* */` block comments,
/// `;` ending a statement. No grammar: rules look for short keyword sequences in one statement. One
/// pass over the text, so linear in it; an unterminated quote or comment runs to the end, as the
/// server would report, and is never an error here (a tolerant reader of what rules look for).
struct SQLScript {
    struct Token {
        enum Kind { case word, string, quotedName, symbol }

        let kind: Kind
        /// Lower case for a word; as written (quotes removed) otherwise.
        let text: String
        let line: Int
    }

    struct Statement {
        let tokens: [Token]

        var line: Int { tokens.first?.line ?? 1 }

        /// Whether the statement starts with these words (lower case).
        func starts(with words: String...) -> Bool {
            words.count <= tokens.count && zip(words, tokens).allSatisfy { $0 == $1.text && $1.kind == .word }
        }

        /// The index of the first word `word` at or after `start`.
        func index(of word: String, from start: Int = 0) -> Int? {
            tokens.indices.dropFirst(start).first { tokens[$0].kind == .word && tokens[$0].text == word }
        }

        func contains(word: String) -> Bool { index(of: word) != nil }
    }

    let statements: [Statement]

    init(parsing text: String) {
        let bytes = Array(text.utf8)
        var statements: [Statement] = []
        var tokens: [Token] = []
        var line = 1
        var index = 0

        func scanQuoted(_ close: UInt8, backslashEscapes: Bool) -> String {
            var content: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") { line += 1 }
                if backslashEscapes, byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    content.append(bytes[index + 1])
                    index += 2
                    continue
                }
                index += 1
                if byte == close {
                    guard index < bytes.count, bytes[index] == close else { break }
                    index += 1
                }
                content.append(byte)
            }
            return String(decoding: content, as: UTF8.self)
        }

        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let startLine = line
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"),
                 // MySQL's `#` comment. Only where a statement starts: there PostgreSQL rejects `#` too, while
                 // inside a statement it is PostgreSQL's XOR operator, and reading the rest of the line as a
                 // comment would hide `SELECT 1 # 2; GRANT …` from the rules.
                 UInt8(ascii: "#") where tokens.isEmpty:
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                // PostgreSQL nests block comments; MySQL does not, and a nested opener there is rare.
                var depth = 0
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                        depth += 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                    } else {
                        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                        index += 1
                    }
                }
            case UInt8(ascii: "'"):
                index += 1
                tokens.append(Token(kind: .string, text: scanQuoted(UInt8(ascii: "'"), backslashEscapes: false), line: startLine))
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                index += 1
                tokens.append(Token(kind: .quotedName, text: scanQuoted(byte, backslashEscapes: false), line: startLine))
            case UInt8(ascii: "$") where Self.dollarTag(in: bytes, at: index) != nil:
                let tag = Self.dollarTag(in: bytes, at: index)!
                index += tag.count
                let start = index
                var end = bytes.count
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "$"), bytes[index...].starts(with: tag) {
                        end = index
                        index += tag.count
                        break
                    }
                    if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                    index += 1
                }
                if end == bytes.count { index = bytes.count }
                tokens.append(Token(kind: .string, text: String(decoding: bytes[start..<end], as: UTF8.self), line: startLine))
            case UInt8(ascii: ";"):
                if !tokens.isEmpty { statements.append(Statement(tokens: tokens)) }
                tokens = []
                index += 1
            default:
                if Self.isWordByte(byte) {
                    let start = index
                    while index < bytes.count, Self.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "$") { index += 1 }
                    let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
                    // `E'…'`: PostgreSQL's escape string, with backslash escapes.
                    if word == "e", index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                        index += 1
                        tokens.append(Token(kind: .string, text: scanQuoted(UInt8(ascii: "'"), backslashEscapes: true), line: startLine))
                    } else {
                        tokens.append(Token(kind: .word, text: word, line: startLine))
                    }
                } else {
                    tokens.append(Token(kind: .symbol, text: String(UnicodeScalar(byte)), line: startLine))
                    index += 1
                }
            }
        }
        if !tokens.isEmpty { statements.append(Statement(tokens: tokens)) }
        self.statements = statements
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// `$$` or `$tag$` at `index` (a tag is a name that does not start with a digit), else nil.
    private static func dollarTag(in bytes: [UInt8], at index: Int) -> ArraySlice<UInt8>? {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "$") {
            let byte = bytes[end]
            guard isWordByte(byte), end > index + 1 || !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            end += 1
        }
        return end < bytes.count ? bytes[index...end] : nil
    }
}

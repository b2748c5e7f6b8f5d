import Foundation

/// How Docker splits an instruction's argument text: flags, JSON (exec) form, quoted words,
/// `NAME=value` assignments and heredoc markers. Every function is a single linear pass.
enum ArgumentSyntax {
    /// Splits the leading `--name[=value]` words off the arguments.
    static func splitFlags(_ arguments: Substring) -> (flags: [InstructionFlag], rest: Substring) {
        var flags: [InstructionFlag] = []
        var rest = arguments.drop { $0.isWhitespace }
        while rest.hasPrefix("--") {
            let word = rest.prefix { !$0.isWhitespace }
            let option = word.dropFirst(2)
            if let equals = option.firstIndex(of: "=") {
                flags.append(InstructionFlag(name: String(option[..<equals]), value: String(option[option.index(after: equals)...])))
            } else {
                flags.append(InstructionFlag(name: String(option), value: nil))
            }
            rest = rest[word.endIndex...].drop { $0.isWhitespace }
        }
        return (flags, rest)
    }

    /// The list of strings when the text is a JSON array of strings; nil otherwise, in which case
    /// Docker runs the text in shell form (it does not reject malformed JSON).
    static func execForm(_ text: String) -> [String]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        return try? JSONDecoder().decode([String].self, from: Data(trimmed.utf8))
    }

    /// Words separated by whitespace, with quotes removed and escapes applied, as Docker splits
    /// the arguments of `COPY`, `USER`, `EXPOSE`…
    static func words(in text: String, escape: Character) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == escape && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// `NAME=value` pairs. `ENV NAME value` (no `=` in the first word) is the legacy single pair.
    static func assignments(in text: String, escape: Character, legacyPairAllowed: Bool) -> [Assignment] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let firstWord = trimmed.prefix { !$0.isWhitespace }
        if legacyPairAllowed, !firstWord.isEmpty, !firstWord.contains("=") {
            let value = trimmed[firstWord.endIndex...].trimmingCharacters(in: .whitespaces)
            return [Assignment(name: String(firstWord), value: words(in: value, escape: escape).joined(separator: " "))]
        }
        return words(in: trimmed, escape: escape).map { word in
            guard let equals = word.firstIndex(of: "=") else { return Assignment(name: word, value: nil) }
            return Assignment(name: String(word[..<equals]), value: String(word[word.index(after: equals)...]))
        }
    }

    /// Words separated by whitespace outside quotes, quotes and escapes kept: how BuildKit's parser
    /// splits the arguments of `COPY`, `ENV`, `ARG`… before substituting in each word (`parseWords`).
    /// A quoted empty word (`""`) is a word.
    static func rawWords(in text: String, escape: Character) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quotedEmptyCounts = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                current.append(character)
                if character == open {
                    quote = nil
                } else if character == escape, open != "'" {
                    escaped = true
                }
            } else if character.isWhitespace {
                if inWord, quotedEmptyCounts || !current.isEmpty { words.append(current) }
                current = ""
                inWord = false
                quotedEmptyCounts = false
            } else {
                current.append(character)
                inWord = true
                if character == escape {
                    escaped = true
                } else if character == "\"" || character == "'" {
                    quote = character
                    quotedEmptyCounts = true
                }
            }
        }
        // An escape at the very end is dropped, as BuildKit does.
        if escaped, current.last == escape { current.removeLast() }
        if inWord, quotedEmptyCounts || !current.isEmpty { words.append(current) }
        return words
    }

    /// `NAME=value` pairs with the values as written (quotes and escapes kept), for substitution.
    /// `ENV NAME value` (no `=` in the first word) is the legacy single pair: the rest of the line.
    static func rawAssignments(in text: String, escape: Character, legacyPairAllowed: Bool) -> [Assignment] {
        let words = rawWords(in: text, escape: escape)
        if legacyPairAllowed, let first = words.first, !first.contains("=") {
            let trimmed = text.drop { $0.isWhitespace }
            let name = trimmed.prefix { !$0.isWhitespace }
            return [Assignment(name: String(name), value: String(trimmed[name.endIndex...].drop { $0.isWhitespace }))]
        }
        return words.map { word in
            guard let equals = word.firstIndex(of: "=") else { return Assignment(name: word, value: nil) }
            return Assignment(name: String(word[..<equals]), value: String(word[word.index(after: equals)...]))
        }
    }

    struct HeredocMarker: Equatable {
        let delimiter: String
        let stripsLeadingTabs: Bool
        let isQuoted: Bool
    }

    /// The `<<EOF`, `<<-EOF`, `<<"EOF"` markers outside quotes, in order (`<<<` is a here-string).
    static func heredocMarkers(in text: String) -> [HeredocMarker] {
        let characters = Array(text)
        var markers: [HeredocMarker] = []
        var quote: Character?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == open { quote = nil }
                index += 1
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                index += 1
                continue
            }
            guard character == "<", index + 1 < characters.count, characters[index + 1] == "<" else {
                index += 1
                continue
            }
            var cursor = index + 2
            if cursor < characters.count, characters[cursor] == "<" {
                index = cursor + 1
                continue
            }
            let stripsTabs = cursor < characters.count && characters[cursor] == "-"
            if stripsTabs { cursor += 1 }
            var delimiterQuote: Character?
            if cursor < characters.count, characters[cursor] == "\"" || characters[cursor] == "'" {
                delimiterQuote = characters[cursor]
                cursor += 1
            }
            let start = cursor
            while cursor < characters.count, isDelimiterCharacter(characters[cursor]) { cursor += 1 }
            let delimiter = String(characters[start..<cursor])
            if let closing = delimiterQuote {
                guard cursor < characters.count, characters[cursor] == closing else {
                    index = cursor
                    continue
                }
                cursor += 1
            }
            if let first = delimiter.first, first.isLetter || first == "_" {
                markers.append(HeredocMarker(delimiter: delimiter, stripsLeadingTabs: stripsTabs, isQuoted: delimiterQuote != nil))
            }
            index = cursor
        }
        return markers
    }

    private static func isDelimiterCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
    }
}

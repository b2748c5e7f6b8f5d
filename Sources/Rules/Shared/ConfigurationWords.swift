/// The words of one line of a server's configuration file, split as the servers split them: spaces,
/// tabs and a carriage return separate; double quotes (and single quotes where `singleQuotes`) keep a
/// word whole, with `\` escaping inside double quotes where `escapes` (Redis); `#` outside quotes starts
/// a comment anywhere (PostgreSQL) or only at the start of a word (OpenSSH). Linear in the line.
enum ConfigurationWords {
    enum CommentStart { case anywhere, atWordStart, never }

    static func split(_ line: Substring, comments: CommentStart, singleQuotes: Bool = false, escapes: Bool = false) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if let open = quote {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if escapes && open == "\"" && character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if character == "\"" || singleQuotes && character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" || character == "\r" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else if character == "#" && (comments == .anywhere || comments == .atWordStart && !inWord) {
                break
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

/// Text made inert in GitHub- and GitLab-flavoured Markdown: no new rows or columns, no links
/// (written or bare: GFM links `https://…`, `www.…` and e-mail addresses by itself), emphasis, HTML
/// or headings, and bounded in length. Code spans that the text itself writes (rule messages quote
/// keys and values as `` `key` ``) stay code spans, so they render as code rather than as literal
/// backticks; anything inside them is inert already.
enum MarkdownText {
    static let cellLimit = 500

    /// Inside a table cell, where `|` would end the cell even inside a code span.
    static func cell(_ text: String) -> String {
        inline(text, inTable: true)
    }

    /// Inside a paragraph or a list item.
    static func inline(_ text: String, inTable: Bool = false) -> String {
        let visible = Sanitizer.clean(text)
        let bounded = visible.count > cellLimit ? String(visible.prefix(cellLimit)) + "…" : visible
        let pieces = bounded.split(separator: "`", omittingEmptySubsequences: false)
        // An odd number of pieces means every backtick has a partner: pieces alternate plain, code, plain….
        guard pieces.count > 1, pieces.count % 2 == 1 else { return plain(Substring(bounded)) }
        return pieces.enumerated().map { index, piece in
            guard index % 2 == 1 else { return plain(piece) }
            guard !piece.allSatisfy({ $0 == " " }) else { return plain("`\(piece)`") }
            return "`" + (inTable ? piece.replacingOccurrences(of: "|", with: "\\|") : String(piece)) + "`"
        }.joined()
    }

    private static func plain(_ text: Substring) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "|", "*", "_", "[", "]", "~", "!", "#", "@": result += "\\\(character)"
            // GFM links `scheme://…`, `www.…`, `mailto:`/`xmpp:` and e-mail addresses by itself; with the `:`,
            // `.` or `@` escaped they stay text.
            case ":" where characters[(index + 1)...].first == "/" || ["mailto", "xmpp"].contains(lowercasedWord(before: index, in: characters)):
                result += "\\:"
            case "." where lowercasedWord(before: index, in: characters).hasSuffix("www"): result += "\\."
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The letters just before `index` (at most six: the longest word the checks compare).
    private static func lowercasedWord(before index: Int, in characters: [Character]) -> String {
        var start = index
        while start > 0, index - start < 6, characters[start - 1].isLetter { start -= 1 }
        return String(characters[start..<index]).lowercased()
    }
}

/// Repository text made inert inside a GitHub-flavoured Markdown table cell: no new rows or
/// columns, no links, emphasis, code spans or HTML, and bounded in length.
enum MarkdownText {
    static let cellLimit = 500

    static func cell(_ text: String) -> String {
        let visible = Sanitizer.clean(text)
        let bounded = visible.count > cellLimit ? String(visible.prefix(cellLimit)) + "…" : visible
        var result = ""
        for character in bounded {
            switch character {
            case "\\", "`", "|", "*", "_", "[", "]", "~", "!", "#": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }
}

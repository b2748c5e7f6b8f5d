import InfragateParsers

/// An application's settings file read as its loader reads it: `.env` (`KEY=value`, an optional
/// `export `, values in single or double quotes, `#` comments) and Java `.properties` (`key=value`,
/// `key: value` or `key value`, `#`/`!` comments, `\` continuing a line, `\uXXXX` left as written).
/// The last assignment of a key wins in both. One pass over the lines.
struct AppSettings {
    struct Entry {
        let key: String
        let value: String
        let line: Int
    }

    let entries: [Entry]

    init(parsing text: String, isProperties: Bool) {
        var entries: [Entry] = []
        var pending: (start: Int, text: String)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if isProperties {
                // A continued line joins the next, its leading blanks dropped.
                if let open = pending { line = open.text[...] + line.drop { $0 == " " || $0 == "\t" } }
                let backslashes = line.reversed().prefix { $0 == "\\" }.count
                if backslashes % 2 == 1 {
                    pending = (pending?.start ?? index + 1, String(line.dropLast()))
                    continue
                }
            }
            let start = pending?.start ?? index + 1
            pending = nil
            if let entry = Self.entry(line, line: start, isProperties: isProperties) { entries.append(entry) }
        }
        if let open = pending, let entry = Self.entry(open.text[...], line: open.start, isProperties: isProperties) { entries.append(entry) }
        self.entries = entries
    }

    private static func entry(_ line: Substring, line number: Int, isProperties: Bool) -> Entry? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first != "#", !(isProperties && first == "!") else { return nil }
        if !isProperties, rest.hasPrefix("export ") { rest = rest.dropFirst("export ".count).drop { $0 == " " } }
        let separators: Set<Character> = isProperties ? ["=", ":", " ", "\t"] : ["="]
        guard let separator = rest.firstIndex(where: { separators.contains($0) }) else { return nil }
        let key = String(rest[..<separator])
        var value = rest[rest.index(after: separator)...].drop { $0 == " " || $0 == "\t" }
        if isProperties, let next = value.first, next == "=" || next == ":" { value = value.dropFirst().drop { $0 == " " || $0 == "\t" } }
        if !isProperties, let quote = value.first, quote == "\"" || quote == "'" {
            let body = value.dropFirst()
            value = body.prefix { $0 != quote }
        } else if !isProperties, let comment = value.firstRange(of: " #") {
            value = value[..<comment.lowerBound]
        }
        return Entry(key: key, value: String(value), line: number)
    }
}

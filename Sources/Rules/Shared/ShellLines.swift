/// A CI script cut into the lines a shell reads as one command line: a line ending in `\`, `|`,
/// `&&` or `||` goes on with the next. Shared by the GitHub Actions and GitLab CI packs, whose
/// scripts are YAML strings rather than files.
enum ShellLines {
    /// The non-blank logical lines of `script`, as slices of it (so they can be located in the source),
    /// each starting at its first non-blank character.
    static func logicalLines(of script: Substring) -> [Substring] {
        var result: [Substring] = []
        var start: Substring.Index?
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if start == nil, !content.isEmpty { start = content.startIndex }
            guard let lineStart = start, !continues(content) else { continue }
            result.append(script[lineStart..<line.endIndex])
            start = nil
        }
        if let lineStart = start { result.append(script[lineStart...]) }
        return result
    }

    private static func continues(_ line: Substring) -> Bool {
        let trimmed = line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let last = trimmed.first else { return false }
        return last == "\\" || last == "|" || (last == "&" && trimmed.dropFirst().first == "&")
    }
}

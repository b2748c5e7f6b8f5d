/// Cuts a YAML stream at its `---` markers so that one malformed document does not hide the
/// documents around it. YAML forbids a column-0 document marker inside any scalar, so every such
/// line really starts a document.
enum YAMLStreamSplitter {
    struct Chunk {
        let text: Substring
        /// Lines before the chunk in the file, to turn chunk positions into file positions.
        let lineOffset: Int
    }

    static func chunks(of text: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var chunkStart = text.startIndex
        var chunkFirstLine = 0
        // A `%YAML`/`%TAG` directive belongs to the document its `---` opens: do not cut there.
        var directivePending = false
        var lineNumber = 0
        // Every line break libyaml counts (`\n`, `\r\n`, a lone `\r`, NEL, LS, PS), so that chunk
        // offsets agree with its line numbers; "\r\n" is a single Character, hence `isNewline`.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.hasPrefix("%") {
                directivePending = true
            } else if isDocumentStart(line) {
                if directivePending {
                    directivePending = false
                } else if line.startIndex > chunkStart {
                    chunks.append(Chunk(text: text[chunkStart..<line.startIndex], lineOffset: chunkFirstLine))
                    chunkStart = line.startIndex
                    chunkFirstLine = lineNumber
                }
            }
            lineNumber += 1
        }
        chunks.append(Chunk(text: text[chunkStart...], lineOffset: chunkFirstLine))
        return chunks
    }

    /// 1-based lines that start with `---` and go on with more than a comment: kubectl cuts the
    /// stream at such lines itself and refuses them ("invalid Yaml document separator").
    static func separatorLinesWithContent(in text: String) -> [Int] {
        var lines: [Int] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        where line.hasPrefix("---") {
            let rest = line.dropFirst(3).drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let first = rest.first, first != "#" { lines.append(index + 1) }
        }
        return lines
    }

    private static func isDocumentStart(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        let rest = line.dropFirst(3)
        return rest.first.map { $0 == " " || $0 == "\t" || $0 == "\r" } ?? true
    }
}

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
        // "\r\n" is a single Character in Swift, so it must be named as a separator on its own.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
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

    private static func isDocumentStart(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        let rest = line.dropFirst(3)
        return rest.first.map { $0 == " " || $0 == "\t" || $0 == "\r" } ?? true
    }
}

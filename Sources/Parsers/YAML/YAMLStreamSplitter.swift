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
        var chunkStart = 0
        var chunkFirstLine = 0
        // A `%YAML`/`%TAG` directive belongs to the document its `---` opens: do not cut there.
        var directivePending = false
        var lineNumber = 0
        let utf8 = text.utf8
        // A line starts after a line break, which no grapheme cluster spans: its offset is a Character boundary.
        let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        forEachLine(of: text) { line, bytes in
            if bytes[line].first == UInt8(ascii: "%") {
                directivePending = true
            } else if isDocumentStart(bytes[line]) {
                if directivePending {
                    directivePending = false
                } else if line.lowerBound > chunkStart {
                    chunks.append(Chunk(text: text[index(chunkStart)..<index(line.lowerBound)], lineOffset: chunkFirstLine))
                    chunkStart = line.lowerBound
                    chunkFirstLine = lineNumber
                }
            }
            lineNumber += 1
        }
        chunks.append(Chunk(text: text[index(chunkStart)...], lineOffset: chunkFirstLine))
        return chunks
    }

    /// 1-based lines that start with `---` and go on with more than a comment: kubectl cuts the
    /// stream at such lines itself and refuses them ("invalid Yaml document separator").
    static func separatorLinesWithContent(in text: String) -> [Int] {
        var lines: [Int] = []
        var lineNumber = 0
        forEachLine(of: text) { line, bytes in
            lineNumber += 1
            guard bytes[line].starts(with: marker) else { return }
            let rest = bytes[line].dropFirst(3).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if let first = rest.first, first != UInt8(ascii: "#") { lines.append(lineNumber) }
        }
        return lines
    }

    private static let marker = Array("---".utf8)

    private static func isDocumentStart(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard line.starts(with: marker) else { return false }
        let rest = line.dropFirst(3)
        return rest.first.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") } ?? true
    }

    /// Calls `body` with each line's byte offsets (its break left out), over UTF-8 bytes in one pass.
    /// The breaks are those `Character.isNewline` knows, so that chunk offsets agree with the line
    /// numbers of libyaml and of the rest of the parser: LF, CR LF (one break), a lone CR, VT, FF,
    /// NEL, LS and PS. As `split(omittingEmptySubsequences: false)`, a final break ends in an empty line.
    static func forEachLine(of text: String, _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            let count = bytes.count
            var start = 0
            var index = 0
            while index < count {
                let breakLength: Int
                switch bytes[index] {
                case 0x0A, 0x0B, 0x0C: breakLength = 1
                case 0x0D: breakLength = index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                case 0xC2: breakLength = index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
                case 0xE2: breakLength = index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
                default: breakLength = 0
                }
                guard breakLength > 0 else {
                    index += 1
                    continue
                }
                body(start..<index, bytes)
                index += breakLength
                start = index
            }
            body(start..<count, bytes)
        }
    }
}

import InfragateParsers

/// Finds the source line of text inside a YAML scalar. Nodes carry only where a scalar starts,
/// and a `run: |` script starts on the line after its indicator, so a finding about the fifth
/// line of a script has to be mapped back to the file. Shared by the GitHub Actions and GitLab CI packs.
///
/// The source is kept as Unicode scalars (what YAML columns count) with the offset of every line,
/// so that a column is found in constant time and a search resumes where the last one stopped:
/// thousands of fragments on one long line cost one pass over it, not one pass each.
struct ScalarLocator {
    private static let needleLength = 120
    /// Indentation and quotes a scalar's source may hold per line beyond its text.
    private static let indentationAllowance = 256
    private let scalars: [Unicode.Scalar]
    /// Offset in `scalars` where each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
    private let lineStarts: [Int]

    init(source: String) {
        let scalars = Array(source.unicodeScalars)
        var lineStarts = [0]
        var offset = 0
        // The line breaks libyaml counts in its marks: `\r\n` once, and `\n`, `\r`, NEL, LS, PS alone.
        while offset < scalars.count {
            let scalar = scalars[offset]
            offset += 1
            if scalar == "\r", offset < scalars.count, scalars[offset] == "\n" { offset += 1 }
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lineStarts.append(offset)
            default: break
            }
        }
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The 1-based source line of each fragment (a slice of `node`'s scalar text), in the order given.
    /// Literal blocks (`|`) keep their line breaks, so their lines are exact. Folded, plain and quoted
    /// scalars fold some breaks away: there each fragment is searched for from where the previous one
    /// was found (and no earlier than its earliest possible line), within the lines the scalar can span.
    /// Once a fragment cannot be found (an escape sequence changed it), later ones get the last line
    /// found instead of another search. Each search resumes past the previous match and none looks
    /// further than the scalar's source can reach, so the work is linear in the scalar's size.
    func lines(of fragments: [Substring], in node: YAMLNode) -> [Int] {
        guard let text = node.scalar?.text else { return fragments.map { _ in node.line } }
        let indicator = scalar(atLine: node.line, column: node.column)
        let firstContentLine = node.line + (indicator == "|" || indicator == ">" ? 1 : 0)
        // Every source line break inside the scalar became a newline, a space or nothing in its text.
        let lastPossibleLine = min(lineStarts.count, firstContentLine + text.reduce(0) { $1 == "\n" || $1 == " " ? $0 + 1 : $0 })
        let endOfLastLine = lastPossibleLine < lineStarts.count ? lineStarts[lastPossibleLine] : scalars.count
        let contentStart = firstContentLine > node.line ? offset(ofLine: firstContentLine) : offset(ofLine: node.line) + max(0, node.column - 1)
        // The scalar's source is at most ten scalars per scalar of its text (the longest escape is
        // `\UXXXXXXXX`) plus, on each line it spans, its indentation: searching no further keeps
        // thousands of scalars on one line (a flow sequence) at the cost of their own length each.
        let spannedLines = max(1, lastPossibleLine - firstContentLine + 1)
        let window = 10 * text.unicodeScalars.count + Self.indentationAllowance * spannedLines
        let searchEnd = min(endOfLastLine, contentStart + window)

        var lines = Array(repeating: node.line, count: fragments.count)
        var position = text.startIndex
        var newlinesBefore = 0
        var cursorLine = firstContentLine
        var searchStart = contentStart
        var previousFragmentStart: Substring.Index?
        var isLost = false
        for index in fragments.indices.sorted(by: { fragments[$0].startIndex < fragments[$1].startIndex }) {
            let fragment = fragments[index]
            guard fragment.startIndex >= text.startIndex, fragment.startIndex <= text.endIndex else { continue }
            newlinesBefore += text[position..<fragment.startIndex].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            position = fragment.startIndex
            let earliest = firstContentLine + newlinesBefore
            if indicator == "|" {
                lines[index] = earliest
                continue
            }
            // Fragments that start alike (two findings about one line) are where the first was found.
            if !isLost, fragment.startIndex != previousFragmentStart, earliest <= lastPossibleLine {
                // A line's first characters are distinctive enough, and keep each comparison short.
                let needle = Array(fragment.prefix { $0 != "\n" }.prefix(Self.needleLength).unicodeScalars)
                let start = max(searchStart, lineStarts[earliest - 1])
                if let found = firstOffset(of: needle, from: start, before: searchEnd) {
                    cursorLine = line(atOffset: found)
                    searchStart = found + 1
                } else {
                    isLost = true
                }
            }
            previousFragmentStart = fragment.startIndex
            lines[index] = cursorLine
        }
        return lines
    }

    /// Where a 1-based line starts; past the last line, the end of the source.
    private func offset(ofLine line: Int) -> Int {
        line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : scalars.count
    }

    private func scalar(atLine line: Int, column: Int) -> Unicode.Scalar? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        let lineEnd = line < lineStarts.count ? lineStarts[line] : scalars.count
        return offset < lineEnd ? scalars[offset] : nil
    }

    /// The 1-based line holding `offset`: a binary search over the line starts.
    private func line(atOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }

    /// Where `needle` first occurs in `scalars[start..<end]`, by Knuth–Morris–Pratt: linear in the
    /// range searched whatever the needle repeats.
    private func firstOffset(of needle: [Unicode.Scalar], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty else { return start < end ? start : nil }
        var fallback = Array(repeating: 0, count: needle.count)
        var matched = 0
        for index in needle.indices.dropFirst() {
            while matched > 0, needle[index] != needle[matched] { matched = fallback[matched - 1] }
            if needle[index] == needle[matched] { matched += 1 }
            fallback[index] = matched
        }
        matched = 0
        var offset = start
        while offset < end {
            while matched > 0, scalars[offset] != needle[matched] { matched = fallback[matched - 1] }
            if scalars[offset] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset - needle.count + 1 }
            offset += 1
        }
        return nil
    }
}

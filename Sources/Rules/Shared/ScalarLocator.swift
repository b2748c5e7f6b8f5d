import InfragateParsers

/// Finds the source line of text inside a YAML scalar. Nodes carry only where a scalar starts,
/// and a `run: |` script starts on the line after its indicator, so a finding about the fifth
/// line of a script has to be mapped back to the file. Shared by the GitHub Actions and GitLab CI packs.
struct ScalarLocator {
    private static let needleLength = 120
    private let sourceLines: [Substring]

    init(source: String) {
        sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based source line of each fragment (a slice of `node`'s scalar text), in the order given.
    /// Literal blocks (`|`) keep their line breaks, so their lines are exact. Folded, plain and quoted
    /// scalars fold some breaks away: there the fragment is searched for from its earliest possible
    /// line, within the lines the scalar can span. Once a fragment cannot be found (an escape sequence
    /// changed it), later ones get the last line found instead of another search, which keeps the
    /// work linear in the scalar's size.
    func lines(of fragments: [Substring], in node: YAMLNode) -> [Int] {
        guard let text = node.scalar?.text else { return fragments.map { _ in node.line } }
        let indicator = character(atLine: node.line, column: node.column)
        let firstContentLine = node.line + (indicator == "|" || indicator == ">" ? 1 : 0)
        // Every source line break inside the scalar became a newline, a space or nothing in its text.
        let lastPossibleLine = min(sourceLines.count, firstContentLine + text.reduce(0) { $1 == "\n" || $1 == " " ? $0 + 1 : $0 })

        var lines = Array(repeating: node.line, count: fragments.count)
        var position = text.startIndex
        var newlinesBefore = 0
        var cursor = firstContentLine
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
            let start = max(cursor, earliest)
            if !isLost, start <= lastPossibleLine {
                // A line's first characters are distinctive enough, and keep each comparison short.
                let needle = fragment.prefix { $0 != "\n" }.prefix(Self.needleLength)
                if let found = (start...lastPossibleLine).first(where: { sourceLines[$0 - 1].contains(needle) }) {
                    cursor = found
                } else {
                    isLost = true
                }
            }
            lines[index] = cursor
        }
        return lines
    }

    private func character(atLine line: Int, column: Int) -> Character? {
        guard line >= 1, line <= sourceLines.count, column >= 1 else { return nil }
        let scalars = sourceLines[line - 1].unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return nil }
        return Character(scalars[index])
    }
}

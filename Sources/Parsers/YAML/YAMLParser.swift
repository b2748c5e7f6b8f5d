/// The entry point of the YAML layer: text in, positioned trees and problems out. Never loads
/// YAML into Swift values and never throws: bad input becomes a `ParseProblem` with its line.
public enum YAMLParser {
    /// Parses as the file's consumer reads it (`dialect`); what it refuses is a problem.
    public static func parse(_ text: String, dialect: YAMLDialect = .strict, limits: YAMLLimits = .standard) -> YAMLFile {
        var documents: [YAMLDocument] = []
        var problems: [ParseProblem] = []
        var nodeCount = 0
        // libyaml, told the encoding, would read a byte order mark as content; consumers skip it.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for chunk in YAMLStreamSplitter.chunks(of: text) {
            // Once the file's node budget is spent, every later document would fail the same way.
            guard nodeCount <= limits.maxNodes else { break }
            let composed = YAMLComposer(dialect: dialect, limits: limits, lineOffset: chunk.lineOffset).compose(chunk.text, nodeCount: &nodeCount)
            // Every chunk after the first starts at its `---` line.
            if let refusal = dialect.secondDocumentRefusal, !documents.isEmpty, !composed.roots.isEmpty {
                problems.append(ParseProblem(line: chunk.lineOffset + 1, message: refusal))
                break
            }
            for root in composed.roots {
                documents.append(YAMLDocument(root: root, index: documents.count + 1))
            }
            if let problem = composed.problem {
                problems.append(problem)
            }
        }
        if dialect.refusesContentOnDocumentSeparators {
            problems += YAMLStreamSplitter.separatorLinesWithContent(in: text).map {
                ParseProblem(line: $0, message: "kubectl refuses anything but a comment after `---` on a document separator line")
            }
        }
        return YAMLFile(documents: documents, problems: problems)
    }
}

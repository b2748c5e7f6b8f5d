/// The entry point of the YAML layer: text in, positioned trees and problems out. Never loads
/// YAML into Swift values and never throws: bad input becomes a `ParseProblem` with its line.
public enum YAMLParser {
    public static func parse(_ text: String, limits: YAMLLimits = .standard) -> YAMLFile {
        var documents: [YAMLDocument] = []
        var problems: [ParseProblem] = []
        var nodeCount = 0
        for chunk in YAMLStreamSplitter.chunks(of: text) {
            // Once the file's node budget is spent, every later document would fail the same way.
            guard nodeCount <= limits.maxNodes else { break }
            let composed = YAMLComposer(limits: limits, lineOffset: chunk.lineOffset).compose(chunk.text, nodeCount: &nodeCount)
            for root in composed.roots {
                documents.append(YAMLDocument(root: root, index: documents.count + 1))
            }
            if let problem = composed.problem {
                problems.append(problem)
            }
        }
        return YAMLFile(documents: documents, problems: problems)
    }
}

/// The entry point of the YAML layer: text in, positioned trees and problems out. Never loads
/// YAML into Swift values and never throws: bad input becomes a `YAMLProblem` with its line.
public enum YAMLParser {
    public static func parse(_ text: String, limits: YAMLLimits = .standard) -> YAMLFile {
        var documents: [YAMLDocument] = []
        var problems: [YAMLProblem] = []
        for chunk in YAMLStreamSplitter.chunks(of: text) {
            let composed = YAMLComposer(limits: limits, lineOffset: chunk.lineOffset).compose(chunk.text)
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

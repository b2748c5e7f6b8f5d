import InfragateParsers

extension Stage {
    /// A finding identity that survives unrelated lines moving: the stage label and the
    /// instruction with its whitespace normalised, e.g. `stage:builder|FROM ubuntu`.
    func identity(of instruction: Instruction) -> String {
        identity("\(instruction.keyword) \(instruction.arguments)".split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// `stage:<label>|<what>` for findings about the stage as a whole or a named part of it.
    func identity(_ what: String) -> String {
        "stage:\(label)|\(what)"
    }
}

extension Dockerfile {
    /// The final stage and the stages it is built on: what actually ends up in the image.
    var shippedStages: [Stage] {
        finalStage.map { lineage(of: $0) } ?? []
    }
}

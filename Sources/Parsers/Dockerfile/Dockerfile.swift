/// A parsed Dockerfile: parser directives, the global `ARG`s before the first `FROM`, and the
/// build stages. Positions are 1-based physical lines of the original text.
public struct Dockerfile: Sendable {
    public let directives: ParserDirectives
    /// `ARG` instructions before the first `FROM`; their defaults are usable in `FROM` lines.
    public let globalArguments: [Instruction]
    public let stages: [Stage]
    /// What makes the file un-judgeable (Docker itself would refuse it, or we cannot tell what it builds).
    public let problems: [ParseProblem]

    public init(directives: ParserDirectives, globalArguments: [Instruction], stages: [Stage], problems: [ParseProblem]) {
        self.directives = directives
        self.globalArguments = globalArguments
        self.stages = stages
        self.problems = problems
    }

    /// Parses Dockerfile text. Never fails: what cannot be understood is listed in `problems`.
    public static func parse(_ text: String) -> Dockerfile {
        var parser = DockerfileParser(text: text)
        return parser.parse()
    }

    /// The stage the image is built from (the last one), if any.
    public var finalStage: Stage? { stages.last }

    /// The stage followed by the earlier stages it is built on (`FROM builder`), nearest first.
    /// Settings such as `USER` and `HEALTHCHECK` are inherited along this chain.
    public func lineage(of stage: Stage) -> [Stage] {
        var chain = [stage]
        var current = stage
        // A stage can only name an earlier stage, so indices strictly decrease and the walk ends.
        while case .stage(let parentIndex, _) = current.base, parentIndex < current.index, stages.indices.contains(parentIndex) {
            current = stages[parentIndex]
            chain.append(current)
        }
        return chain
    }
}

/// The parser directives at the very top of the file (`# syntax=…`, `# escape=…`).
public struct ParserDirectives: Hashable, Sendable {
    /// The character that continues lines and escapes (`\` unless `# escape=` says otherwise).
    public let escape: Character
    public let syntax: String?

    public init(escape: Character = "\\", syntax: String? = nil) {
        self.escape = escape
        self.syntax = syntax
    }
}


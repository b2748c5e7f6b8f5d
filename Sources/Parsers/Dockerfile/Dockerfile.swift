/// A parsed Dockerfile: parser directives, the global `ARG`s before the first `FROM`, and the
/// build stages. Positions are 1-based physical lines of the original text.
public struct Dockerfile: Sendable {
    public let directives: ParserDirectives
    /// `ARG` instructions before the first `FROM`; their defaults are usable in `FROM` lines.
    public let globalArguments: [Instruction]
    public let stages: [Stage]
    /// What makes the file un-judgeable (Docker itself would refuse it, or we cannot tell what it builds).
    public let problems: [DockerfileProblem]

    public init(directives: ParserDirectives, globalArguments: [Instruction], stages: [Stage], problems: [DockerfileProblem]) {
        self.directives = directives
        self.globalArguments = globalArguments
        self.stages = stages
        self.problems = problems
    }

    /// Parses Dockerfile text. Never fails: what cannot be understood is listed in `problems`.
    public static func parse(_ text: String) -> Dockerfile {
        DockerfileParser(text: text).parse()
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

/// Something in the file that stops it from being judged, with its line.
public struct DockerfileProblem: Hashable, Sendable {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// One build stage: a `FROM` and the instructions up to the next `FROM`.
public struct Stage: Sendable {
    /// 0-based position among the stages, as `COPY --from=0` counts them.
    public let index: Int
    /// The `AS` name as written, if any (Docker compares stage names case-insensitively).
    public let name: String?
    public let from: Instruction
    public let base: BaseImage
    /// The `--platform=` flag of the `FROM`, as written.
    public let platform: String?
    /// The instructions after the `FROM`, in order.
    public let instructions: [Instruction]

    public init(index: Int, name: String?, from: Instruction, base: BaseImage, platform: String?, instructions: [Instruction]) {
        self.index = index
        self.name = name
        self.from = from
        self.base = base
        self.platform = platform
        self.instructions = instructions
    }

    /// A short, stable label for messages and identities: the stage name, or its index.
    public var label: String { name ?? String(index) }

    /// The stage's instructions with this (uppercase) keyword, in order.
    public func instructions(withKeyword keyword: String) -> [Instruction] {
        instructions.filter { $0.keyword == keyword }
    }
}

/// What a stage is built on.
public enum BaseImage: Hashable, Sendable {
    case image(ImageReference)
    /// `FROM scratch`: an empty image, nothing to pin.
    case scratch
    /// `FROM <earlier stage>`: not an image at all.
    case stage(index: Int, name: String)
    /// The reference uses a variable whose value is not known from the file (e.g. `FROM $BASE`).
    case unresolved(String)
}

/// One document of a YAML stream (files may hold several, separated by `---`).
public struct YAMLDocument: Sendable {
    public let root: YAMLNode
    /// 1-based number among the file's documents that parsed (a malformed one is a `ParseProblem` instead).
    public let index: Int

    public init(root: YAMLNode, index: Int) {
        self.root = root
        self.index = index
    }
}

/// What parsing a file gave: every document that parsed, and a problem for each that did not.
public struct YAMLFile: Sendable {
    public let documents: [YAMLDocument]
    public let problems: [ParseProblem]

    public init(documents: [YAMLDocument], problems: [ParseProblem]) {
        self.documents = documents
        self.problems = problems
    }
}

/// Caps that keep hostile input cheap: an alias bomb or a deeply nested file becomes a problem
/// in microseconds instead of gigabytes.
public struct YAMLLimits: Sendable {
    /// Nesting depth of collections.
    public var maxDepth: Int
    /// Alias uses (`*name`) per document.
    public var maxAliases: Int
    /// Nodes per file, counting each alias as the size of what it stands for: what any walk over
    /// the whole file may visit, however many documents the nodes are spread over.
    public var maxNodes: Int

    public init(maxDepth: Int = 64, maxAliases: Int = 1_000, maxNodes: Int = 1_000_000) {
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxNodes = maxNodes
    }

    public static let standard = YAMLLimits()
}

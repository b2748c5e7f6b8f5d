import InfragateParsers

/// Facts a pack gathers from every file of the tree (say, "NetworkPolicy in namespace apps"), for
/// rules that need the rest of the repository. Facts of one file depend on its name and text alone
/// (never its folder) and the tree's facts are their union, so a git snapshot can keep them per tree
/// object and read only the folders a change touched.
public struct TreeFacts: Sendable {
    /// Names the collector and its version: part of the cache key, so change it when `facts` changes.
    public let name: String
    /// A cheap test on the file's name (not its folder: the same tree object may sit at several
    /// paths); files it rejects are never read.
    public let reads: @Sendable (_ fileName: String) -> Bool
    /// A file's facts from its name and text.
    public let facts: @Sendable (_ fileName: String, _ text: String) -> [String]

    public init(name: String, reads: @escaping @Sendable (String) -> Bool, facts: @escaping @Sendable (String) -> [String]) {
        self.init(name: name, reads: reads, factsOfNamedFile: { _, text in facts(text) })
    }

    /// Facts that name their file (so a rule can tell which of a folder's files said so).
    public init(name: String, reads: @escaping @Sendable (String) -> Bool, factsOfNamedFile: @escaping @Sendable (String, String) -> [String]) {
        self.name = name
        self.reads = reads
        self.facts = factsOfNamedFile
    }

    /// The facts of a list of files, for snapshots with no tree to keep them by.
    public func collect(from snapshot: any RepositorySnapshot) -> Set<String> {
        Set(snapshot.allFilePaths().filter { reads(RepositoryPath.name(of: $0)) }.flatMap { path in
            snapshot.text(at: path).map { facts(RepositoryPath.name(of: path), $0) } ?? []
        })
    }
}

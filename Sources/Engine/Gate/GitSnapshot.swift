import InfragateGit
import InfragateRules

/// The revision under review as rules see it: read lazily from the object database, never the disk.
/// Memoised, because several changed files of one module or namespace ask for the same neighbours.
final class GitSnapshot: RepositorySnapshot, RevisionTree, @unchecked Sendable {
    // libgit2 objects are not thread-safe; the gate judges files on one thread.
    private let repository: GitRepository
    private let commit: ObjectID
    private let sizeLimit: Int
    private var directories: [String: [String]] = [:]
    private var everyPath: [String]?
    private var texts: [String: String?] = [:]
    private let sharedValues = SharedValues()

    init(repository: GitRepository, commit: ObjectID, sizeLimit: Int) {
        self.repository = repository
        self.commit = commit
        self.sizeLimit = sizeLimit
    }

    func filePaths(in directory: String) -> [String] {
        if let cached = directories[directory] { return cached }
        let paths = ((try? repository.files(in: directory, at: commit)) ?? []).map(\.path)
        directories[directory] = paths
        return paths
    }

    func allFilePaths() -> [String] {
        if let everyPath { return everyPath }
        let paths = ((try? repository.files(at: commit)) ?? []).map(\.path)
        everyPath = paths
        return paths
    }

    func text(at path: String) -> String? {
        if let cached = texts[path] { return cached }
        let text = read(path)
        texts[path] = text
        return text
    }

    func node(at path: String) throws -> RevisionNode {
        switch try repository.node(at: path, in: commit) {
        case nil: return .absent
        case .directory: return .directory
        case .entry(let entry): return .entry(Gate.candidate(for: entry, in: repository))
        }
    }

    /// Kept per tree object across runs (`TreeFactsIndex`); without a usable store, read once per run.
    func facts(_ collector: TreeFacts) -> Set<String> {
        shared("tree-facts:" + collector.name) {
            let index = TreeFactsIndex(repository: repository, sizeLimit: sizeLimit, collector: collector)
            return (try? index.facts(at: commit)) ?? collector.collect(from: self)
        }
    }

    func shared<Value>(_ key: String, _ compute: () -> Value) -> Value {
        sharedValues.value(for: key, compute)
    }

    private func read(_ path: String) -> String? {
        guard let entry = try? repository.entry(at: path, in: commit), entry.mode != .symlink, entry.mode != .submodule,
              case .bytes(let bytes)? = try? repository.readBlob(entry.blob, limit: sizeLimit),
              case .text(let text) = FileContent(bytes: bytes) else { return nil }
        return text
    }
}

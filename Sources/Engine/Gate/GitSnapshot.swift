import InfragateParsers
import InfragateGit
import InfragateRules

/// The revision under review as rules see it: read lazily from the object database, never the disk.
/// Memoised, because several changed files of one module or namespace ask for the same neighbours.
// @unchecked: `RepositorySnapshot` must be Sendable, but a GitSnapshot is never shared across threads.
// It is created beside the (non-Sendable, so thread-bound) `GitRepository` it reads, in Gate,
// ChangeInfluence and PreReceiveGate, used by that call's `FileJudge`s, and gone when the call returns,
// which hands back only values. Its caches and the libgit2 handle therefore need no lock.
final class GitSnapshot: RepositorySnapshot, RevisionTree, @unchecked Sendable {
    let repository: GitRepository
    let commit: ObjectID
    let sizeLimit: Int
    private var directories: [String: [String]] = [:]
    private var namesInDirectories: [String: Set<String>] = [:]
    private var everyPath: [String]?
    private var texts: [String: String?] = [:]
    private let sharedValues = SharedValues()

    init(repository: GitRepository, commit: ObjectID, sizeLimit: Int) {
        CompiledDatabaseStoreChoice.offer(SealedDatabaseStore(gitDirectory: repository.gitDirectory))
        self.repository = repository
        self.commit = commit
        self.sizeLimit = sizeLimit
    }

    func filePaths(in directory: String) -> [String] {
        if let cached = directories[directory] { return cached }
        let paths = recording("cannot list \(directory.isEmpty ? "the root folder" : directory)") {
            try repository.files(in: directory, at: commit)
        }?.map(\.path) ?? []
        directories[directory] = paths
        return paths
    }

    func fileNames(in directory: String) -> Set<String> {
        if let cached = namesInDirectories[directory] { return cached }
        let names = Set(filePaths(in: directory).map(RepositoryPath.name(of:)))
        namesInDirectories[directory] = names
        return names
    }

    func allFilePaths() -> [String] {
        if let everyPath { return everyPath }
        let paths = recording("cannot list the tree") { try repository.files(at: commit) }?.map(\.path) ?? []
        everyPath = paths
        return paths
    }

    func filePaths(under directory: String) -> [String] {
        if let everyPath {
            let prefix = directory.isEmpty ? "" : directory + "/"
            return everyPath.filter { $0.hasPrefix(prefix) }
        }
        return recording("cannot list \(directory)") { try repository.files(under: directory, at: commit) }?.map(\.path) ?? []
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
            return recording("cannot gather \(collector.name)") { try index.facts(at: commit) } ?? []
        }
    }

    func shared<Value>(_ key: String, _ compute: () -> Value) -> Value {
        sharedValues.value(for: key, compute)
    }

    /// The first failure to read the revision (a missing object, a corrupt pack). Rules cannot
    /// tell it from an absent file, so the judge asks after each file and cannot decide (exit 3).
    private(set) var readFailure: GateError?

    private func recording<T>(_ context: @autoclosure () -> String, _ work: () throws -> T) -> T? {
        do {
            return try work()
        } catch {
            readFailure = readFailure ?? .undecidable("\(context()) at \(commit.short): \(error)")
            return nil
        }
    }

    /// Nil for a path that is absent, a link, a submodule, binary, not UTF-8 or over the limit;
    /// a path that is there but cannot be read is a recorded failure.
    private func read(_ path: String) -> String? {
        guard let bytes = bytes(at: path), case .text(let text) = FileContent(bytes: bytes) else { return nil }
        return text
    }
}

extension GitSnapshot: FileBytes {
    func bytes(at path: String) -> [UInt8]? {
        guard let entry = recording("cannot look up \(path)", { try repository.entry(at: path, in: commit) }) ?? nil,
              entry.mode != .symlink, entry.mode != .submodule,
              case .bytes(let bytes)? = recording("cannot read \(path) (blob \(entry.blob))", { try repository.readBlob(entry.blob, limit: sizeLimit) })
        else { return nil }
        return bytes
    }
}

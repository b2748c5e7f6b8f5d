import InfragateGit
import InfragateRules

/// The revision under review as rules see it: read lazily from the object database, never the disk.
final class GitSnapshot: RepositorySnapshot, @unchecked Sendable {
    // libgit2 objects are not thread-safe; the gate judges files on one thread.
    private let repository: GitRepository
    private let commit: ObjectID
    private let sizeLimit: Int

    init(repository: GitRepository, commit: ObjectID, sizeLimit: Int) {
        self.repository = repository
        self.commit = commit
        self.sizeLimit = sizeLimit
    }

    func filePaths(in directory: String) -> [String] {
        ((try? repository.files(in: directory, at: commit)) ?? []).map(\.path)
    }

    func allFilePaths() -> [String] {
        ((try? repository.files(at: commit)) ?? []).map(\.path)
    }

    func text(at path: String) -> String? {
        guard let entry = try? repository.entry(at: path, in: commit), entry.mode != .symlink, entry.mode != .submodule,
              case .bytes(let bytes)? = try? repository.readBlob(entry.blob, limit: sizeLimit),
              case .text(let text) = FileContent(bytes: bytes) else { return nil }
        return text
    }
}

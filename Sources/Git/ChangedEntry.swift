/// How a path differs between two revisions. Deletions are not reported: nothing is left to scan.
public enum ChangeStatus: String, Sendable {
    case added
    /// New content or mode at the same path.
    case modified
    /// Moved with identical content (see `GitRepository.changes(from:to:)` for edited moves).
    case renamed
    /// Identical content to a file that was modified or moved away in the same change.
    case copied
    /// The path switched between regular file, symlink and submodule.
    case typeChanged
}

/// A path whose new version the gate should look at.
public struct ChangedEntry: Hashable, Sendable {
    public let path: String
    /// The source path of a rename or copy.
    public let oldPath: String?
    public let status: ChangeStatus
    public let mode: EntryMode
    /// The new blob's id; for a submodule, the commit it records.
    public let blob: ObjectID

    public init(path: String, oldPath: String? = nil, status: ChangeStatus, mode: EntryMode, blob: ObjectID) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.mode = mode
        self.blob = blob
    }
}

import CLibgit2

/// What a non-directory tree entry is, from its git file mode.
public enum EntryMode: String, Sendable {
    /// 100644
    case file
    /// 100755
    case executable
    /// 120000: the blob holds the link target, not file content.
    case symlink
    /// 160000 (a gitlink): the entry records another repository's commit, not a blob.
    case submodule

    /// The mode of a libgit2 tree entry, or nil for a subtree (or an object a tree should not hold).
    init?(of entry: OpaquePointer) {
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_COMMIT:
            self = .submodule
        case GIT_OBJECT_BLOB:
            switch git_tree_entry_filemode(entry) {
            case GIT_FILEMODE_LINK: self = .symlink
            case GIT_FILEMODE_BLOB_EXECUTABLE: self = .executable
            default: self = .file
            }
        default:
            return nil
        }
    }

    /// Regular files with and without the executable bit hold the same kind of content.
    var holdsFileContent: Bool { self == .file || self == .executable }
}

/// A file, symlink or submodule of a revision.
public struct TreeEntry: Hashable, Sendable {
    /// Repository-relative, "/"-separated.
    public let path: String
    public let mode: EntryMode
    /// The blob's id; for a submodule, the commit it records.
    public let blob: ObjectID

    public init(path: String, mode: EntryMode, blob: ObjectID) {
        self.path = path
        self.mode = mode
        self.blob = blob
    }
}

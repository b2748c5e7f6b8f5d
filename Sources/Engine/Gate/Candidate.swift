/// A changed (or, for `scan`, present) file the gate must account for, before it is read.
/// Not `Sendable`: `load` may read through a `GitRepository`, which stays on the thread that opened it.
public struct Candidate {
    public enum EntryType: Sendable { case regular, symlink, submodule }

    /// The bytes of the file, or its size when it is over the limit (never copied then).
    public enum Loaded: Sendable {
        case bytes([UInt8])
        case tooLarge(size: Int)
    }

    public let path: String
    public let type: EntryType
    /// Reads the file with a size limit; only called when the path says it may be infrastructure.
    public let load: (_ limit: Int) throws -> Loaded

    public init(path: String, type: EntryType, load: @escaping (_ limit: Int) throws -> Loaded) {
        self.path = path
        self.type = type
        self.load = load
    }
}

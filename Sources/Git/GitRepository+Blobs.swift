import CLibgit2

/// A blob's content, unless it is larger than the caller's limit.
public enum BlobContent: Hashable, Sendable {
    case bytes([UInt8])
    case tooLarge(size: Int)
}

extension GitRepository {
    /// Reads a blob, or only its size when it exceeds `limit` bytes. The size comes from the object
    /// header first, so an oversized blob (say a Dockerfile padded to 2 GB) is never inflated into memory.
    public func readBlob(_ id: ObjectID, limit: Int) throws -> BlobContent {
        var oid = id.oid
        var database: OpaquePointer?
        try check(git_repository_odb(&database, pointer), "cannot open the object database")
        defer { git_odb_free(database) }
        var headerSize = 0
        var type = GIT_OBJECT_ANY
        try check(git_odb_read_header(&headerSize, &type, database, &oid), "cannot find blob \(id)")
        guard type == GIT_OBJECT_BLOB else { throw GitError("\(id) is not a blob") }
        guard headerSize <= limit else { return .tooLarge(size: headerSize) }

        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, pointer, &oid), "cannot read blob \(id)")
        defer { git_blob_free(blob) }
        let size = Int(clamping: git_blob_rawsize(blob))
        guard size <= limit else { return .tooLarge(size: size) }
        guard size > 0, let content = git_blob_rawcontent(blob) else { return .bytes([]) }
        return .bytes(Array(UnsafeRawBufferPointer(start: content, count: size)))
    }
}

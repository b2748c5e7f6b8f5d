import CLibgit2
import Foundation

extension GitRepository {
    /// The tree the index would commit, for a pre-commit check. Its blobs are already in the object
    /// database (`git add` wrote them); the trees are built in an in-memory object backend placed in
    /// front of the repository's, so they can be read like any tree while nothing is written to disk.
    ///
    /// The index is `GIT_INDEX_FILE` when set (git points it at the index being committed during
    /// `git commit -a` or `git commit PATH`), else the repository's. An index with conflicts has no
    /// tree and is an error.
    public func stagedTree() throws -> ObjectID {
        try keepWritesInMemory()
        var index: OpaquePointer?
        if let file = ProcessInfo.processInfo.environment["GIT_INDEX_FILE"], !file.isEmpty {
            try check(git_index_open(&index, file), "cannot read the index GIT_INDEX_FILE='\(file)'")
        } else {
            guard !isBare else { throw GitError("a bare repository has no index; --staged needs a work tree") }
            try check(git_repository_index(&index, pointer), "cannot read the index")
        }
        defer { git_index_free(index) }
        guard git_index_has_conflicts(index) == 0 else {
            throw GitError("the index has unresolved conflicts; resolve them (git add) before judging what is staged")
        }
        var tree = git_oid()
        try check(git_index_write_tree_to(&tree, index, pointer), "cannot build the staged tree")
        return ObjectID(tree)
    }

    /// Puts an in-memory backend before every other: libgit2 writes to the first backend that can write,
    /// and reads find objects in any. The backend lives (and dies) with this handle's object database.
    private func keepWritesInMemory() throws {
        var database: OpaquePointer?
        try check(git_repository_odb(&database, pointer), "cannot open the object database")
        defer { git_odb_free(database) }
        var backend: OpaquePointer?
        try check(git_mempack_new(&backend), "cannot create an in-memory object backend")
        // Above the loose (1) and pack (2) backends' priorities.
        try check(git_odb_add_backend(database, backend, 1_000), "cannot add an in-memory object backend")
    }
}

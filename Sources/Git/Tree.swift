import CLibgit2

/// An owned libgit2 tree. Entry pointers borrowed from it are valid while it lives.
final class Tree {
    let pointer: OpaquePointer

    init(_ id: git_oid, in repository: GitRepository) throws {
        var id = id
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, repository.pointer, &id), "cannot read tree \(ObjectID(id))")
        guard let tree else { throw GitError("libgit2 returned no tree for \(ObjectID(id))") }
        pointer = tree
    }

    deinit {
        git_tree_free(pointer)
    }

    /// The root tree of a commit (or of a tag pointing at one, or a tree itself).
    static func id(of revision: ObjectID, in repository: GitRepository) throws -> git_oid {
        var id = revision.oid
        var object: OpaquePointer?
        try check(git_object_lookup(&object, repository.pointer, &id, GIT_OBJECT_ANY), "cannot find object \(revision)")
        defer { git_object_free(object) }
        var tree: OpaquePointer?
        try check(git_object_peel(&tree, object, GIT_OBJECT_TREE), "\(revision) does not lead to a tree")
        defer { git_object_free(tree) }
        return git_object_id(tree).pointee
    }

    /// Entries in git's order: by name, a subtree's name compared as if it ended in "/".
    var entries: [OpaquePointer] {
        (0..<git_tree_entrycount(pointer)).compactMap { git_tree_entry_byindex(pointer, $0) }
    }

    /// Runs `body` on the entry at a "/"-separated path below this tree; nil when there is none.
    func withEntry<T>(at path: String, _ body: (OpaquePointer) throws -> T?) throws -> T? {
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, pointer, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot look up '\(path)'")
        guard let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        return try body(entry)
    }
}

/// Tree-entry accessors shared by the tree walks.
enum TreeEntryPointer {
    static func name(_ entry: OpaquePointer) -> String {
        String(cString: git_tree_entry_name(entry))
    }

    static func id(_ entry: OpaquePointer) -> git_oid {
        git_tree_entry_id(entry).pointee
    }

    static func isTree(_ entry: OpaquePointer) -> Bool {
        git_tree_entry_type(entry) == GIT_OBJECT_TREE
    }

    /// The entry as a `TreeEntry`, or nil for a subtree.
    static func file(_ entry: OpaquePointer, path: String) -> TreeEntry? {
        EntryMode(of: entry).map { TreeEntry(path: path, mode: $0, blob: ObjectID(id(entry))) }
    }
}

/// Git's path order (byte-wise, which matches tree order once directories are spelled with "/").
func inPathOrder(_ first: String, _ second: String) -> Bool {
    first.utf8.lexicographicallyPrecedes(second.utf8)
}

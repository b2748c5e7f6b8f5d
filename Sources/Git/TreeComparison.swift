import CLibgit2

/// The raw difference between two trees, found by walking both in step and descending only into
/// subtrees whose ids differ, so the cost follows the size of the change rather than of the
/// repository (libgit2 1.5's `git_diff_tree_to_tree` expands every subtree).
struct TreeComparison {
    /// Paths only in the new tree.
    private(set) var added: [TreeEntry] = []
    /// Paths only in the old tree: not reported, but the sources of renames and copies.
    private(set) var deleted: [TreeEntry] = []
    /// Paths in both trees with a different blob or mode, as (old, new).
    private(set) var modified: [(old: TreeEntry, new: TreeEntry)] = []

    /// Compares two root trees; a nil old tree stands for the empty tree.
    init(from oldRoot: git_oid?, to newRoot: git_oid, in repository: GitRepository) throws {
        if let oldRoot, ObjectID(oldRoot) == ObjectID(newRoot) { return }
        // An explicit work list rather than recursion: a hostile push may nest trees arbitrarily deep.
        var pending = [TreePair(old: oldRoot, new: newRoot, prefix: "")]
        while let pair = pending.popLast() {
            let oldTree = try pair.old.map { try Tree($0, in: repository) }
            let newTree = try pair.new.map { try Tree($0, in: repository) }
            // The trees stay alive (and their entry pointers valid) until the merge is done.
            withExtendedLifetime((oldTree, newTree)) {
                merge(oldTree?.entries ?? [], newTree?.entries ?? [], prefix: pair.prefix, into: &pending)
            }
        }
    }

    /// Walks two sorted entry lists in step, as a merge does.
    private mutating func merge(_ old: [OpaquePointer], _ new: [OpaquePointer], prefix: String,
                                into pending: inout [TreePair]) {
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            let order: Int32
            if oldIndex == old.count {
                order = 1
            } else if newIndex == new.count {
                order = -1
            } else {
                // Git's tree order; a file and a directory of the same name never compare equal.
                order = git_tree_entry_cmp(old[oldIndex], new[newIndex])
            }
            if order < 0 {
                onlyInOld(old[oldIndex], prefix: prefix, into: &pending)
                oldIndex += 1
            } else if order > 0 {
                onlyInNew(new[newIndex], prefix: prefix, into: &pending)
                newIndex += 1
            } else {
                inBoth(old[oldIndex], new[newIndex], prefix: prefix, into: &pending)
                oldIndex += 1
                newIndex += 1
            }
        }
    }

    private mutating func onlyInOld(_ entry: OpaquePointer, prefix: String,
                                    into pending: inout [TreePair]) {
        let path = prefix + TreeEntryPointer.name(entry)
        if TreeEntryPointer.isTree(entry) {
            pending.append(TreePair(old: TreeEntryPointer.id(entry), new: nil, prefix: path + "/"))
        } else if let file = TreeEntryPointer.file(entry, path: path) {
            deleted.append(file)
        }
    }

    private mutating func onlyInNew(_ entry: OpaquePointer, prefix: String,
                                    into pending: inout [TreePair]) {
        let path = prefix + TreeEntryPointer.name(entry)
        if TreeEntryPointer.isTree(entry) {
            pending.append(TreePair(old: nil, new: TreeEntryPointer.id(entry), prefix: path + "/"))
        } else if let file = TreeEntryPointer.file(entry, path: path) {
            added.append(file)
        }
    }

    private mutating func inBoth(_ old: OpaquePointer, _ new: OpaquePointer, prefix: String,
                                 into pending: inout [TreePair]) {
        let sameObject = git_oid_equal(git_tree_entry_id(old), git_tree_entry_id(new)) == 1
        if sameObject && git_tree_entry_filemode(old) == git_tree_entry_filemode(new) { return }
        let path = prefix + TreeEntryPointer.name(new)
        if TreeEntryPointer.isTree(new) {
            pending.append(TreePair(old: TreeEntryPointer.id(old), new: TreeEntryPointer.id(new), prefix: path + "/"))
        } else if let oldFile = TreeEntryPointer.file(old, path: path), let newFile = TreeEntryPointer.file(new, path: path) {
            modified.append((oldFile, newFile))
        }
    }

    /// Two versions of one directory still to compare; nil is a side where it does not exist.
    private struct TreePair {
        let old: git_oid?
        let new: git_oid?
        /// The directory's path with a trailing "/" ("" at the root).
        let prefix: String
    }
}

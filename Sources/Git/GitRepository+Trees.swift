import CLibgit2

extension GitRepository {
    /// Every file, symlink and submodule of a revision, in path order. Costs the size of the whole tree.
    public func files(at revision: ObjectID) throws -> [TreeEntry] {
        try walkFiles(at: revision) { entry, prefix in TreeEntryPointer.file(entry, path: prefix + TreeEntryPointer.name(entry)) }
            .sorted { inPathOrder($0.path, $1.path) }
    }

    /// Visits every non-tree entry of a revision with its folder's prefix, keeping what `visit`
    /// returns. An explicit work list rather than recursion: a hostile push may nest trees
    /// arbitrarily deep. Entry pointers are valid only inside `visit`.
    private func walkFiles<T>(at revision: ObjectID, under directory: String = "", _ visit: (OpaquePointer, String) -> T?) throws -> [T] {
        var found: [T] = []
        let path = directory.split(separator: "/").joined(separator: "/")
        var start = try Tree.id(of: revision, in: self)
        if !path.isEmpty {
            let root = try Tree(start, in: self)
            let subtree = try root.withEntry(at: path) { entry in TreeEntryPointer.isTree(entry) ? TreeEntryPointer.id(entry) : nil }
            guard let subtree else { return [] }
            start = subtree
        }
        var pending: [(tree: git_oid, prefix: String)] = [(start, path.isEmpty ? "" : path + "/")]
        while let (id, prefix) = pending.popLast() {
            let tree = try Tree(id, in: self)
            withExtendedLifetime(tree) {
                for entry in tree.entries {
                    if TreeEntryPointer.isTree(entry) {
                        pending.append((TreeEntryPointer.id(entry), prefix + TreeEntryPointer.name(entry) + "/"))
                    } else if let value = visit(entry, prefix) {
                        found.append(value)
                    }
                }
            }
        }
        return found
    }

    /// Every file, symlink and submodule under `directory`, at any depth, in path order. Costs
    /// the size of that subtree, not of the revision (a Helm chart's files).
    public func files(under directory: String, at revision: ObjectID) throws -> [TreeEntry] {
        try walkFiles(at: revision, under: directory) { entry, prefix in TreeEntryPointer.file(entry, path: prefix + TreeEntryPointer.name(entry)) }
            .sorted { inPathOrder($0.path, $1.path) }
    }

    /// The files, symlinks and submodules directly inside `directory` ("" is the root), without
    /// subdirectories; empty when the directory does not exist. Costs only the trees on the way.
    public func files(in directory: String, at revision: ObjectID) throws -> [TreeEntry] {
        let root = try Tree(Tree.id(of: revision, in: self), in: self)
        let path = directory.split(separator: "/").joined(separator: "/")
        let tree: Tree
        if path.isEmpty {
            tree = root
        } else {
            let subtree = try root.withEntry(at: path) { entry in
                TreeEntryPointer.isTree(entry) ? TreeEntryPointer.id(entry) : nil
            }
            guard let subtree else { return [] }
            tree = try Tree(subtree, in: self)
        }
        let prefix = path.isEmpty ? "" : path + "/"
        return withExtendedLifetime(tree) {
            tree.entries.compactMap { TreeEntryPointer.file($0, path: prefix + TreeEntryPointer.name($0)) }
        }
    }

    /// The file, symlink or submodule at `path`, or nil when there is none (or it is a directory).
    public func entry(at path: String, in revision: ObjectID) throws -> TreeEntry? {
        let normalised = path.split(separator: "/").joined(separator: "/")
        guard !normalised.isEmpty else { return nil }
        let root = try Tree(Tree.id(of: revision, in: self), in: self)
        return try root.withEntry(at: normalised) { TreeEntryPointer.file($0, path: normalised) }
    }

    /// The paths of every symbolic link of a revision. Costs the size of the whole tree; names are
    /// built only for links, since most entries are not.
    public func symbolicLinkPaths(at revision: ObjectID) throws -> [String] {
        try walkFiles(at: revision) { entry, prefix in EntryMode(of: entry) == .symlink ? prefix + TreeEntryPointer.name(entry) : nil }
            .sorted { inPathOrder($0, $1) }
    }

    /// The subtrees directly inside a tree, and the files whose name `includesFile` accepts
    /// (others cost no id formatting: most of a large tree is files nobody asked for).
    public func children(ofTree tree: ObjectID, includingFiles includesFile: (String) -> Bool) throws -> [TreeChild] {
        let tree = try Tree(tree.oid, in: self)
        return withExtendedLifetime(tree) {
            tree.entries.compactMap { entry in
                let name = TreeEntryPointer.name(entry)
                if TreeEntryPointer.isTree(entry) { return TreeChild(name: name, id: ObjectID(TreeEntryPointer.id(entry)), mode: nil) }
                guard includesFile(name), let mode = EntryMode(of: entry) else { return nil }
                return TreeChild(name: name, id: ObjectID(TreeEntryPointer.id(entry)), mode: mode)
            }
        }
    }

    /// The id of a revision's root tree: what two commits with the same content share.
    public func rootTree(of revision: ObjectID) throws -> ObjectID {
        ObjectID(try Tree.id(of: revision, in: self))
    }

    /// What `path` names at `revision`: a file, symlink or submodule entry, a directory, or nothing.
    public func node(at path: String, in revision: ObjectID) throws -> TreeNode? {
        let normalised = path.split(separator: "/").joined(separator: "/")
        let root = try Tree(Tree.id(of: revision, in: self), in: self)
        guard !normalised.isEmpty else { return .directory }
        return try root.withEntry(at: normalised) { entry in
            TreeEntryPointer.isTree(entry) ? .directory : TreeEntryPointer.file(entry, path: normalised).map(TreeNode.entry)
        }
    }
}

/// A path's place in a tree, for walking it one component at a time (symbolic-link resolution).
public enum TreeNode: Sendable {
    case entry(TreeEntry)
    case directory
}

/// One entry of a tree: a subtree (`mode` nil) or a file, link or submodule.
public struct TreeChild: Sendable {
    public let name: String
    public let id: ObjectID
    public let mode: EntryMode?
}

/// Turns a raw tree comparison into reported changes, pairing added paths with identical content
/// that left another path (renames) or still exists at a modified path (copies), as `git diff -C`
/// does for exact matches. Moves with edits are not paired: they are reported as added.
enum RenameDetection {
    static func changes(in comparison: TreeComparison) -> [ChangedEntry] {
        var changes = comparison.modified.map { old, new in
            let sameKind = old.mode == new.mode || (old.mode.holdsFileContent && new.mode.holdsFileContent)
            return ChangedEntry(path: new.path, status: sameKind ? .modified : .typeChanged, mode: new.mode, blob: new.blob)
        }
        // Path order throughout, so the pairing does not depend on the order the trees were walked in.
        let deleted = comparison.deleted.filter { $0.mode != .submodule }.sorted { inPathOrder($0.path, $1.path) }
        let modified = comparison.modified.map(\.old).filter { $0.mode != .submodule }.sorted { inPathOrder($0.path, $1.path) }
        let copySources = Dictionary((modified + deleted).map { (Content($0), $0.path) }, uniquingKeysWith: { first, _ in first })
        let added = comparison.added.sorted { inPathOrder($0.path, $1.path) }
        let renamedFrom = renames(of: added.filter { $0.mode != .submodule }, from: deleted)

        for entry in added {
            if let source = renamedFrom[entry.path] {
                changes.append(ChangedEntry(path: entry.path, oldPath: source, status: .renamed, mode: entry.mode, blob: entry.blob))
            } else if entry.mode != .submodule, let source = copySources[Content(entry)] {
                changes.append(ChangedEntry(path: entry.path, oldPath: source, status: .copied, mode: entry.mode, blob: entry.blob))
            } else {
                changes.append(ChangedEntry(path: entry.path, status: .added, mode: entry.mode, blob: entry.blob))
            }
        }
        return changes.sorted { inPathOrder($0.path, $1.path) }
    }

    /// The source path of each added path that is an exact rename. Each deleted path is the source of
    /// one rename at most; like git, pairs with the same file name are made first.
    private static func renames(of added: [TreeEntry], from deleted: [TreeEntry]) -> [String: String] {
        var sources = RenameSources(deleted)
        var renames: [String: String] = [:]
        for entry in added {
            renames[entry.path] = sources.take(for: entry, sameFileNameOnly: true)?.path
        }
        for entry in added where renames[entry.path] == nil {
            renames[entry.path] = sources.take(for: entry, sameFileNameOnly: false)?.path
        }
        return renames
    }
}

/// Deleted paths not yet used as a rename source, by content and by content and file name.
/// Linear overall, even when a hostile push moves thousands of identical files.
private struct RenameSources {
    // Lists in reverse path order, so `popLast` yields path order.
    private var byContent: [Content: [TreeEntry]]
    private var byContentAndName: [NamedContent: [TreeEntry]]
    private var used: Set<String> = []

    init(_ deleted: [TreeEntry]) {
        byContent = Dictionary(grouping: deleted.reversed(), by: Content.init)
        byContentAndName = Dictionary(grouping: deleted.reversed(), by: NamedContent.init)
    }

    mutating func take(for entry: TreeEntry, sameFileNameOnly: Bool) -> TreeEntry? {
        let used = self.used
        let found = sameFileNameOnly
            ? Self.popUnused(&byContentAndName[NamedContent(entry)], used)
            : Self.popUnused(&byContent[Content(entry)], used)
        guard let source = found else { return nil }
        self.used.insert(source.path)
        return source
    }

    private static func popUnused(_ candidates: inout [TreeEntry]?, _ used: Set<String>) -> TreeEntry? {
        while let candidate = candidates?.popLast() {
            if !used.contains(candidate.path) { return candidate }
        }
        return nil
    }
}

/// Identical content: the same blob, and both symlinks or both regular files.
private struct Content: Hashable {
    let blob: ObjectID
    let isSymlink: Bool

    init(_ entry: TreeEntry) {
        blob = entry.blob
        isSymlink = entry.mode == .symlink
    }
}

/// Identical content under the same file name (the last path component).
private struct NamedContent: Hashable {
    let content: Content
    let fileName: Substring

    init(_ entry: TreeEntry) {
        content = Content(entry)
        fileName = entry.path.lastIndex(of: "/").map { entry.path[entry.path.index(after: $0)...] } ?? entry.path[...]
    }
}

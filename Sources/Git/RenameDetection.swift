/// Turns a raw tree comparison into reported changes, pairing added paths with identical content
/// that left another path (renames) or still exists at a modified path (copies), as `git diff -C`
/// does for exact matches. Moves with edits are not paired: they are reported as added.
enum RenameDetection {
    static func changes(in comparison: TreeComparison) -> [ChangedEntry] {
        var changes = comparison.modified.map { old, new in
            let sameKind = old.mode == new.mode || (old.mode.holdsFileContent && new.mode.holdsFileContent)
            return ChangedEntry(path: new.path, status: sameKind ? .modified : .typeChanged, mode: new.mode, blob: new.blob)
        }
        var renameSources = Dictionary(grouping: comparison.deleted.filter { $0.mode != .submodule }, by: Content.init)
        let copySources = Dictionary(
            (comparison.deleted + comparison.modified.map(\.old)).filter { $0.mode != .submodule }.map { (Content($0), $0.path) },
            uniquingKeysWith: { first, _ in first })

        for entry in comparison.added {
            let content = Content(entry)
            if entry.mode != .submodule, let source = takeSource(for: entry, from: &renameSources[content]) {
                changes.append(ChangedEntry(path: entry.path, oldPath: source.path, status: .renamed, mode: entry.mode, blob: entry.blob))
            } else if entry.mode != .submodule, let source = copySources[content] {
                changes.append(ChangedEntry(path: entry.path, oldPath: source, status: .copied, mode: entry.mode, blob: entry.blob))
            } else {
                changes.append(ChangedEntry(path: entry.path, status: .added, mode: entry.mode, blob: entry.blob))
            }
        }
        return changes.sorted { inPathOrder($0.path, $1.path) }
    }

    /// Each deleted path is the source of one rename at most; like git, prefer one with the same file name.
    private static func takeSource(for entry: TreeEntry, from candidates: inout [TreeEntry]?) -> TreeEntry? {
        guard var remaining = candidates, !remaining.isEmpty else { return nil }
        let index = remaining.firstIndex { fileName($0.path) == fileName(entry.path) } ?? remaining.startIndex
        let source = remaining.remove(at: index)
        candidates = remaining
        return source
    }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
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
}

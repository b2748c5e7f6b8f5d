extension GitRepository {
    /// The paths whose new version differs from `base` in `head` (commits, or tags of them; a nil
    /// base is the empty tree), in path order. Deleted paths are not reported.
    ///
    /// Cost follows the size of the change: unchanged subtrees are skipped by id, never opened.
    /// Renames and copies are recognised when the content is identical; a file moved and edited in
    /// one step is reported as `added` (the gate scans it either way).
    public func changes(from base: ObjectID?, to head: ObjectID) throws -> [ChangedEntry] {
        let comparison = try TreeComparison(
            from: base.map { try Tree.id(of: $0, in: self) },
            to: Tree.id(of: head, in: self),
            in: self)
        return RenameDetection.changes(in: comparison)
    }
}

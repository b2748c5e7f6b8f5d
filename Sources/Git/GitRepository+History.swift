import CLibgit2

extension GitRepository {
    /// The commit a revision names: full or short id, branch, tag (lightweight or annotated), `HEAD~2`,
    /// `refs/...`, anything `git rev-parse` accepts for a single commit.
    public func resolveCommit(_ revision: String) throws -> ObjectID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, pointer, revision), "unknown revision '\(revision)'")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        try check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "revision '\(revision)' does not name a commit")
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }

    /// What kind of object `id` names after peeling tags ("commit", "tree", "blob"), or nil when the
    /// repository does not hold it.
    public func peeledObjectKind(_ id: ObjectID) throws -> String? {
        var oid = id.oid
        var object: OpaquePointer?
        let code = git_object_lookup(&object, pointer, &oid, GIT_OBJECT_ANY)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot read object \(id)")
        defer { git_object_free(object) }
        guard git_object_type(object) == GIT_OBJECT_TAG else { return String(cString: git_object_type2string(git_object_type(object))) }
        // For a tag, "any" peels until the object is no longer a tag.
        var peeled: OpaquePointer?
        try check(git_object_peel(&peeled, object, GIT_OBJECT_ANY), "cannot peel tag \(id)")
        defer { git_object_free(peeled) }
        return String(cString: git_object_type2string(git_object_type(peeled)))
    }

    /// The best common ancestor of two commits, or nil when their histories are unrelated.
    public func mergeBase(_ first: ObjectID, _ second: ObjectID) throws -> ObjectID? {
        var base = git_oid()
        var one = first.oid
        var two = second.oid
        let code = git_merge_base(&base, pointer, &one, &two)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot find the merge base of \(first.short) and \(second.short)")
        return ObjectID(base)
    }

    /// A commit's parents, first parent first.
    public func parents(of commit: ObjectID) throws -> [ObjectID] {
        var id = commit.oid
        var object: OpaquePointer?
        try check(git_commit_lookup(&object, pointer, &id), "cannot read commit \(commit)")
        defer { git_commit_free(object) }
        return (0..<git_commit_parentcount(object)).compactMap { index in
            git_commit_parent_id(object, index).map { ObjectID($0.pointee) }
        }
    }

    /// Whether `ancestor` is `descendant` or in its history: a ref moving from `ancestor` to
    /// `descendant` is then a fast-forward.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws -> Bool {
        if ancestor == descendant { return true }
        var old = ancestor.oid
        var new = descendant.oid
        let code = git_graph_descendant_of(pointer, &new, &old)
        try check(code, "cannot compare the histories of \(ancestor.short) and \(descendant.short)")
        return code == 1
    }

    /// The commits reachable from `tip` but from none of `hidden`, parents before children, like
    /// `git rev-list --topo-order --reverse tip --not hidden…`: the commits a push introduces.
    /// Every id must exist in the repository (filter out a hook's all-zero ids first).
    public func commits(reachableFrom tip: ObjectID, excludingReachableFrom hidden: [ObjectID]) throws -> [ObjectID] {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, pointer), "cannot walk the history")
        defer { git_revwalk_free(walk) }
        try check(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "cannot sort the history")
        var start = tip.oid
        try check(git_revwalk_push(walk, &start), "cannot walk from \(tip)")
        for id in hidden {
            var excluded = id.oid
            try check(git_revwalk_hide(walk, &excluded), "cannot exclude the history of \(id)")
        }
        var commits: [ObjectID] = []
        var next = git_oid()
        while true {
            let code = git_revwalk_next(&next, walk)
            if code == GIT_ITEROVER.rawValue { return commits }
            try check(code, "cannot walk the history of \(tip)")
            commits.append(ObjectID(next))
        }
    }

    /// Every reference under `refs/` with the commit it leads to (tags peeled), for `--not --all`.
    /// References that lead to no commit (a tag of a blob, a dangling symbolic ref) are left out.
    public func referenceTargets() throws -> [(name: String, id: ObjectID)] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, pointer), "cannot list references")
        defer { git_reference_iterator_free(iterator) }
        var targets: [(name: String, id: ObjectID)] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { return targets }
            try check(code, "cannot list references")
            defer { git_reference_free(reference) }
            if let id = Self.commitID(of: reference) {
                targets.append((String(cString: git_reference_name(reference)), id))
            }
        }
    }

    /// The commit HEAD points to (the default branch of a bare repository), or nil while that branch is unborn.
    public func defaultBranchCommit() throws -> ObjectID? {
        var head: OpaquePointer?
        let code = git_repository_head(&head, pointer)
        if code == GIT_EUNBORNBRANCH.rawValue || code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot resolve HEAD")
        defer { git_reference_free(head) }
        return Self.commitID(of: head)
    }

    private static func commitID(of reference: OpaquePointer?) -> ObjectID? {
        var target: OpaquePointer?
        guard git_reference_peel(&target, reference, GIT_OBJECT_COMMIT) == 0 else { return nil }
        defer { git_object_free(target) }
        return ObjectID(git_object_id(target).pointee)
    }
}

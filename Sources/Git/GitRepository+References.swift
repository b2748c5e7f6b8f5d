import CLibgit2

extension GitRepository {
    /// The reference a name finally stands for, following symbolic refs as git does when a push
    /// updates one (`refs/heads/trunk -> refs/heads/main` updates main). A name that is no symbolic
    /// ref, or does not exist yet, stands for itself. Chains are followed as far as git does (5 levels).
    public func resolvedReferenceName(_ name: String) throws -> String {
        var current = name
        for _ in 0..<5 {
            guard let target = try symbolicTarget(of: current) else { return current }
            current = target
        }
        throw GitError("symbolic reference \(name) is nested too deeply (a loop?)")
    }

    /// The branch HEAD names, even while it is unborn (an empty repository), or nil for a detached HEAD.
    public func headBranchName() throws -> String? {
        try symbolicTarget(of: "HEAD")
    }

    private func symbolicTarget(of name: String) throws -> String? {
        var reference: OpaquePointer?
        let code = git_reference_lookup(&reference, pointer, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue { return nil }
        try check(code, "cannot read reference \(name)")
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC, let target = git_reference_symbolic_target(reference) else {
            return nil
        }
        return String(cString: target)
    }
}

extension ObjectID {
    /// git's id of `text` as a blob: a stable SHA-1 digest, used to name a policy or seal a cache entry.
    public static func digest(of text: String) -> ObjectID {
        _ = LibGit2.ready
        var oid = git_oid()
        _ = Array(text.utf8).withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return ObjectID(oid)
    }
}

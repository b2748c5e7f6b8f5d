import CLibgit2

/// libgit2's process-wide set-up, done once (a global `let` is initialised thread-safely on first use).
enum LibGit2 {
    static let ready: Void = {
        git_libgit2_init()
        // libgit2 (like git ≥ 2.35.2) refuses repositories owned by another user. That guards against
        // running a repository's hooks or filters planted by someone else; infragate only ever reads
        // objects and never runs anything from the repository, while server hooks and CI containers routinely
        // run as another uid than the repository's owner. So the check is deliberately off.
        _ = infragate_set_owner_validation(0)
    }()
}

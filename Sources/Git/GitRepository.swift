import CLibgit2
import Foundation

/// A read-only handle on a git repository, backed by libgit2 (infragate never runs `git`).
/// Not thread-safe: use one per thread.
public final class GitRepository {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens a repository.
    ///
    /// - `path == nil`: from the environment, as git does inside hooks (`GIT_DIR`, `GIT_OBJECT_DIRECTORY`,
    ///   `GIT_ALTERNATE_OBJECT_DIRECTORIES`), otherwise discovered upward from the current directory.
    /// - With a path: that repository (bare or not; discovered upward from it), still reading objects
    ///   through `GIT_OBJECT_DIRECTORY` and `GIT_ALTERNATE_OBJECT_DIRECTORIES` when set, because a
    ///   pre-receive hook that names its repository explicitly only sees the pushed objects that way.
    public static func open(at path: String?) throws -> GitRepository {
        _ = LibGit2.ready
        var opened: OpaquePointer?
        if let path {
            try check(git_repository_open_ext(&opened, path, 0, nil), "cannot open a git repository at '\(path)'")
        } else {
            try check(git_repository_open_ext(&opened, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil),
                      "cannot open the git repository of the environment or current directory")
        }
        guard let opened else { throw GitError("libgit2 opened no repository") }
        let repository = GitRepository(opened)
        if path != nil {
            try repository.readObjectsFromEnvironmentDirectories()
        }
        return repository
    }

    public var isBare: Bool { git_repository_is_bare(pointer) == 1 }

    /// The absolute path of the `.git` directory (of the repository itself when bare), without a trailing "/".
    public var gitDirectory: String {
        let path = String(cString: git_repository_path(pointer))
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// A configuration value as git resolves it (repository, then global and system files), or nil when unset.
    /// Throws when the configuration cannot be read, so a broken config never silently means "unset".
    public func configString(_ key: String) throws -> String? {
        var config: OpaquePointer?
        try check(git_repository_config_snapshot(&config, pointer), "cannot read the git configuration")
        defer { git_config_free(config) }
        var value = git_buf()
        defer { git_buf_dispose(&value) }
        let code = git_config_get_string_buf(&value, config, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot read git configuration '\(key)'")
        return value.ptr.map { String(cString: $0) }
    }

    /// Mirrors what `GIT_REPOSITORY_OPEN_FROM_ENV` does for the object database, for a repository opened by path.
    private func readObjectsFromEnvironmentDirectories() throws {
        let objectDirectory = Self.environment("GIT_OBJECT_DIRECTORY")
        let alternates = (Self.environment("GIT_ALTERNATE_OBJECT_DIRECTORIES") ?? "")
            .split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        guard objectDirectory != nil || !alternates.isEmpty else { return }

        var database: OpaquePointer?
        if let objectDirectory {
            try check(git_odb_open(&database, objectDirectory), "cannot open GIT_OBJECT_DIRECTORY '\(objectDirectory)'")
        } else {
            try check(git_repository_odb(&database, pointer), "cannot open the object database")
        }
        defer { git_odb_free(database) }
        for alternate in alternates {
            try check(git_odb_add_disk_alternate(database, alternate), "cannot add alternate object directory '\(alternate)'")
        }
        try check(git_repository_set_odb(pointer, database), "cannot use the environment's object directories")
    }

    /// Read at call time (not from a cached copy) so the process's current environment is what counts.
    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

import InfragateParsers

/// The files a server's include directive (`Include`, `include_dir`, `!includedir`) reads, found in the
/// revision under review. The server opens paths on its own disk; a repository holds the same files
/// under some folder (`image/etc/ssh/…`, `docker/postgres/conf.d/…`). An absolute path is therefore
/// looked up under the including file's folder and each of its parents, with its leading folders
/// dropped one by one (`/etc/ssh/sshd_config.d` is `image/etc/ssh/sshd_config.d`, else
/// `ssh/sshd_config.d` or `sshd_config.d` beside the file); the first folder that exists is the one.
/// Relative paths are resolved from `relativeTo` when the server resolves them from a fixed folder
/// (sshd: `/etc/ssh`), else from the including file's folder (PostgreSQL).
struct ConfigurationInclude {
    enum Target {
        /// One file.
        case file
        /// Every file of a folder whose name ends with one of the suffixes, in name order, hidden files skipped.
        case directory(suffixes: [String])
        /// A file name pattern (`*`, `?`) in a folder, matches in name order (glob(3), as sshd expands it).
        case pattern
    }

    enum Resolution: Equatable {
        /// The repository paths the server reads, in its order (none: a pattern that matches nothing).
        case files([String])
        /// Nothing in the repository stands for the path, or it leaves the repository.
        case outsideRepository
    }

    let snapshot: any RepositorySnapshot

    func resolve(_ written: String, as target: Target, from includingPath: String, relativeTo serverFolder: String? = nil) -> Resolution {
        let folder = RepositoryPath.directory(of: includingPath)
        let absolute = written.hasPrefix("/") ? written : serverFolder.map { $0 + "/" + written }
        let candidates: [[Substring]]
        // A pattern in a folder name is not followed: it could stand for any folder of the server.
        guard !written.split(separator: "/").dropLast().contains(where: Self.isPattern) else { return .outsideRepository }
        if let absolute {
            guard let components = Self.normalised(absolute.split(separator: "/")) else { return .outsideRepository }
            // A pattern needs its folder: a bare `*.conf` beside the file would match the file itself.
            let named: Int
            if case .pattern = target { named = 2 } else { named = 1 }
            candidates = Self.placements(of: components, named: named, under: folder)
        } else {
            guard let components = Self.normalised(folder.split(separator: "/") + written.split(separator: "/")) else { return .outsideRepository }
            candidates = [components]
        }
        for components in candidates {
            if let found = files(at: components, as: target) { return .files(found) }
        }
        return .outsideRepository
    }

    /// The files at `components` when what they name exists, else nil.
    private func files(at components: [Substring], as target: Target) -> [String]? {
        guard let last = components.last else { return nil }
        let path = components.joined(separator: "/")
        switch target {
        case .file:
            let folder = components.dropLast().joined(separator: "/")
            return snapshot.fileNames(in: folder).contains(String(last)) ? [path] : nil
        case .directory(let suffixes):
            let listed = snapshot.filePaths(in: path)
            guard !listed.isEmpty else { return nil }
            return listed.filter { path in
                let name = RepositoryPath.name(of: path)
                return !name.hasPrefix(".") && suffixes.contains { name.hasSuffix($0) }
            }.sorted()
        case .pattern:
            let folder = components.dropLast()
            let listed = snapshot.filePaths(in: folder.joined(separator: "/"))
            guard !listed.isEmpty else { return nil }
            guard Self.isPattern(last) else { return listed.contains(path) ? [path] : nil }
            return listed.filter { Self.matches(Array(RepositoryPath.name(of: $0).utf8), pattern: Array(last.utf8)) }.sorted()
        }
    }

    /// Where an absolute path may sit in the repository, most specific first: the whole path, then
    /// without its leading folders, under the including file's folder and each of its parents. The
    /// last `named` components alone are looked for beside the file only.
    private static func placements(of components: [Substring], named: Int, under folder: String) -> [[Substring]] {
        var ancestors: [[Substring]] = []
        var current = folder.split(separator: "/")
        while true {
            ancestors.append(current)
            guard !current.isEmpty else { break }
            current.removeLast()
        }
        var placements: [[Substring]] = []
        for dropped in 0..<max(components.count - named + 1, 0) {
            let tail = components.dropFirst(dropped)
            for ancestor in tail.count == named ? [ancestors[0]] : ancestors {
                placements.append(ancestor + tail)
            }
        }
        return placements
    }

    /// `.` dropped and `..` applied; nil when `..` climbs above the top.
    private static func normalised(_ components: [Substring]) -> [Substring]? {
        var result: [Substring] = []
        for component in components where !component.isEmpty && component != "." {
            if component == ".." {
                guard !result.isEmpty else { return nil }
                result.removeLast()
            } else {
                result.append(component)
            }
        }
        return result
    }

    private static func isPattern(_ component: Substring) -> Bool {
        component.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// glob(3) matching of one file name: `*`, `?`, `[…]` (with `!` or `^` negating); a leading `.`
    /// is matched only literally. Greedy with one backtrack point, so linear in practice and at most
    /// name × pattern.
    static func matches(_ name: [UInt8], pattern: [UInt8]) -> Bool {
        if name.first == UInt8(ascii: "."), pattern.first != UInt8(ascii: ".") { return false }
        var n = 0, p = 0
        var star: (pattern: Int, name: Int)?
        while n < name.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = (p, n)
                p += 1
            } else if p < pattern.count, let next = step(pattern, at: p, matching: name[n]) {
                p = next
                n += 1
            } else if let backtrack = star {
                star = (backtrack.pattern, backtrack.name + 1)
                p = backtrack.pattern + 1
                n = backtrack.name + 1
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    /// The pattern index after the element at `p` when it matches `byte`, else nil.
    private static func step(_ pattern: [UInt8], at p: Int, matching byte: UInt8) -> Int? {
        switch pattern[p] {
        case UInt8(ascii: "?"):
            return p + 1
        case UInt8(ascii: "["):
            var index = p + 1
            let negated = index < pattern.count && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^"))
            if negated { index += 1 }
            var matched = false
            var first = true
            while index < pattern.count, first || pattern[index] != UInt8(ascii: "]") {
                first = false
                if index + 2 < pattern.count, pattern[index + 1] == UInt8(ascii: "-"), pattern[index + 2] != UInt8(ascii: "]") {
                    if pattern[index] <= byte && byte <= pattern[index + 2] { matched = true }
                    index += 3
                } else {
                    if pattern[index] == byte { matched = true }
                    index += 1
                }
            }
            // An unclosed `[` is a literal character, as glob(3) reads it.
            guard index < pattern.count else { return byte == UInt8(ascii: "[") ? p + 1 : nil }
            return matched != negated ? index + 1 : nil
        default:
            return pattern[p] == byte ? p + 1 : nil
        }
    }
}

/// Follows includes through a chain of files, with the servers' guards: a file that includes itself
/// (directly or through others) and nesting deeper than the server allows are not followed, and said so.
struct IncludeChain {
    /// The repository paths from the file under evaluation to the one being read.
    private(set) var files: [String]
    let maximumDepth: Int

    init(root: String, maximumDepth: Int) {
        files = [root]
        self.maximumDepth = maximumDepth
    }

    /// Why `path` is not read from the current file, or nil when it may be.
    func refusal(toRead path: String) -> String? {
        if files.contains(path) { return "`\(path)` includes itself (through \(files.map { "`\($0)`" }.joined(separator: " → ")))" }
        if files.count > maximumDepth { return "includes are nested deeper than the server's limit of \(maximumDepth)" }
        return nil
    }

    func entering(_ path: String) -> IncludeChain {
        var next = self
        next.files.append(path)
        return next
    }
}

/// An include the evaluation could not follow.
struct UnfollowedInclude: Sendable {
    /// The included file that names it (nil: the root file) and its line there.
    let file: String?
    let line: Int
    /// The root file's line that leads to it: its own line, or the include that read `file`.
    let rootLine: Int
    let written: String
    let reason: String
}

/// Reports the includes a server configuration names that the evaluation could not follow: the
/// effective configuration then depends on files the repository does not show, so the verdict on
/// what the file leaves unset is a guess, said once per include.
struct IncludeNotFollowedRule<Input>: Rule {
    let description: RuleDescription
    let unfollowed: @Sendable (Input) -> [UnfollowedInclude]

    func check(_ input: Input) -> [Violation] {
        unfollowed(input).map { include in
            Violation(line: include.line, message: "`\(include.written)` is not followed: \(include.reason); the settings it holds are not judged.",
                      identity: "include|\(include.written)|\(include.reason)")
        }
    }
}

/// What a path names in the revision under review, links not followed (not `Sendable`, as `Candidate`).
public enum RevisionNode {
    /// A file, a symbolic link (whose `load` reads the link's target) or a submodule.
    case entry(Candidate)
    case directory
    case absent
}

/// The revision's tree as link resolution walks it, one component at a time.
public protocol RevisionTree {
    func node(at path: String) throws -> RevisionNode
    /// The first read of the revision that failed, which the rules saw as a missing file.
    var readFailure: GateError? { get }
}

/// Resolves a symbolic link inside the revision the way the consumer's `open()` does: relative to
/// the link's folder, through linked folders, `..` included, so `kubectl apply -f pod.yaml` and the
/// gate read the same bytes. A link that leaves the repository, loops or dangles is reported, since
/// its content cannot be judged.
enum SymbolicLink {
    enum Resolution {
        case file(Candidate, path: String)
        case unjudgeable(String)
    }

    /// The kernel's limit on links followed in one lookup (ELOOP).
    static let maximumHops = 40
    /// Git stores a link's target as its content; a target longer than PATH_MAX is not a path.
    static let maximumTargetLength = 4096

    static func resolve(linkAt path: String, in tree: any RevisionTree) throws -> Resolution {
        var pending = components(of: path)
        var resolved: [Substring] = []
        var hops = 0
        while !pending.isEmpty {
            let component = pending.removeFirst()
            if component == "." { continue }
            if component == ".." {
                guard !resolved.isEmpty else { return .unjudgeable("symbolic link leads outside the repository") }
                resolved.removeLast()
                continue
            }
            let current = (resolved + [component]).joined(separator: "/")
            switch try tree.node(at: current) {
            case .absent:
                return .unjudgeable("symbolic link is dangling (\(shown(current)) does not exist)")
            case .directory:
                resolved.append(component)
            case .entry(let candidate):
                switch candidate.type {
                case .symlink:
                    hops += 1
                    guard hops <= maximumHops else { return .unjudgeable("symbolic link loops (more than \(maximumHops) links followed)") }
                    guard case .bytes(let bytes) = try candidate.load(maximumTargetLength), let target = String(validating: bytes, as: UTF8.self),
                          !target.isEmpty, !target.contains("\0") else {
                        return .unjudgeable("symbolic link \(shown(current)) has no readable target")
                    }
                    if target.hasPrefix("/") { return .unjudgeable("symbolic link points outside the repository (an absolute path)") }
                    pending = components(of: target) + pending
                case .regular where pending.isEmpty:
                    return .file(candidate, path: current)
                case .regular:
                    return .unjudgeable("symbolic link is dangling (\(shown(current)) is a file, not a folder)")
                case .submodule:
                    return .unjudgeable("symbolic link points into a submodule (\(shown(current))), which is not read")
                }
            }
        }
        return .unjudgeable("symbolic link points to a folder, not a file")
    }

    private static func components(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Paths come from the pusher: shown short, so a link cannot flood the report.
    private static func shown(_ path: String) -> String {
        path.count > 200 ? String(path.prefix(200)) + "…" : path
    }
}

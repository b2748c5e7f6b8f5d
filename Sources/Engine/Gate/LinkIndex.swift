import Foundation
import InfragateGit

/// The symbolic links of a revision, which any changed file may be the target of. Listing them
/// costs the whole tree, so the list is kept per root tree in the sealed store
/// (`$GIT_DIR/infragate/links/`) and derived from the base revision's list and the change when
/// that one is known: a server's old tip always is, once the gate has judged it.
final class LinkIndex {
    private static let format = "infragate-links 1"
    private let repository: GitRepository
    /// Nil where the git directory is not writable: every list is then walked.
    private let store: SealedStore?

    init(repository: GitRepository) {
        self.repository = repository
        store = try? SealedStore(gitDirectory: repository.gitDirectory, folder: "links")
    }

    /// The link paths at `head`; `changes` are those from `base` to `head`.
    func linkPaths(at head: ObjectID, base: ObjectID?, changes: [ChangedEntry]) throws -> [String] {
        let headTree = try repository.rootTree(of: head)
        if let known = stored(headTree) { return known }
        let links: [String]
        if let base, let before = stored(try repository.rootTree(of: base)) {
            // A link survives when the same path is still a link; new and changed links are in the change.
            let kept = try before.filter { try repository.entry(at: $0, in: head)?.mode == .symlink }
            links = Array(Set(kept + changes.filter { $0.mode == .symlink }.map(\.path))).sorted()
        } else {
            links = try repository.symbolicLinkPaths(at: head)
        }
        store?.write(headTree.hex, ([Self.format, headTree.hex] + links.map(HexText.encoded)).joined(separator: "\n"))
        return links
    }

    private func stored(_ tree: ObjectID) -> [String]? {
        guard let body = store?.read(tree.hex) else { return nil }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // Hex, since a path may hold any byte but NUL, newlines included.
        guard lines.count >= 2, lines[0] == Self.format, lines[1] == tree.hex else { return nil }
        lines.removeFirst(2)
        let paths = lines.map(HexText.decoded)
        return paths.contains(nil) ? nil : paths.compactMap { $0 }
    }
}

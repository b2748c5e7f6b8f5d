import Foundation
import InfragateGit
import InfragateRules

/// A pack's tree facts per git tree object: a folder's facts are its files' facts plus its
/// subfolders', so a revision's facts are computed from the trees a change created and the kept
/// facts of every tree it left alone. Kept in the sealed store (`$GIT_DIR/infragate/facts/`, one
/// folder per collector and size limit, 256 record files by tree id); a cold or unwritable store
/// only means reading the whole tree once, never a different answer.
final class TreeFactsIndex {
    private let repository: GitRepository
    private let sizeLimit: Int
    private let collector: TreeFacts
    private let store: SealedStore?
    private var known: [ObjectID: Set<String>] = [:]
    private var loadedShards: Set<String> = []
    private var unsaved: [String: [(key: String, body: String)]] = [:]
    /// Part of the store's folder name: records of an earlier encoding are never read as this one.
    private static let recordFormat = "facts-record 2"

    init(repository: GitRepository, sizeLimit: Int, collector: TreeFacts) {
        self.repository = repository
        self.sizeLimit = sizeLimit
        self.collector = collector
        let folder = "facts/" + ObjectID.digest(of: "\(collector.name)\n\(sizeLimit)\n\(Self.recordFormat)").hex
        store = try? SealedStore(gitDirectory: repository.gitDirectory, folder: folder)
    }

    func facts(at revision: ObjectID) throws -> Set<String> {
        let root = try repository.rootTree(of: revision)
        // Post-order over an explicit stack: a hostile push may nest trees arbitrarily deep.
        var stack: [(tree: ObjectID, children: [TreeChild]?)] = [(root, nil)]
        while let (tree, children) = stack.last {
            if keptFacts(of: tree) != nil {
                stack.removeLast()
                continue
            }
            guard let children else {
                let listed = try repository.children(ofTree: tree, includingFiles: collector.reads)
                stack[stack.count - 1].children = listed
                stack += listed.filter { $0.mode == nil && keptFacts(of: $0.id) == nil }.map { ($0.id, nil) }
                continue
            }
            var facts = Set<String>()
            for child in children {
                if child.mode == nil {
                    facts.formUnion(known[child.id] ?? [])
                } else if child.mode == .file || child.mode == .executable {
                    facts.formUnion(try fileFacts(child.id, named: child.name))
                }
            }
            remember(facts, for: tree)
            stack.removeLast()
        }
        flush()
        return known[root] ?? []
    }

    private func fileFacts(_ blob: ObjectID, named name: String) throws -> [String] {
        guard case .bytes(let bytes) = try repository.readBlob(blob, limit: sizeLimit),
              case .text(let text) = FileContent(bytes: bytes) else { return [] }
        return collector.facts(name, text)
    }

    private func keptFacts(of tree: ObjectID) -> Set<String>? {
        if let facts = known[tree] { return facts }
        let shard = String(tree.hex.prefix(2))
        guard let store, loadedShards.insert(shard).inserted else { return nil }
        for (key, body) in store.records(in: shard) {
            guard let id = ObjectID(hex: key), let facts = Self.decoded(body) else { continue }
            known[id] = facts
        }
        return known[tree]
    }

    private func remember(_ facts: Set<String>, for tree: ObjectID) {
        known[tree] = facts
        unsaved[String(tree.hex.prefix(2)), default: []].append((tree.hex, Self.encoded(facts)))
    }

    private func flush() {
        for (shard, records) in unsaved { store?.append(records, to: shard) }
        unsaved = [:]
    }

    /// Each fact in hex behind an `x`, joined by dots ("-" for none): no spaces, no newlines, and
    /// every fact comes back exactly as it was, whatever characters it holds (a name with a newline
    /// in it must not read back as two facts).
    private static func encoded(_ facts: Set<String>) -> String {
        facts.isEmpty ? "-" : facts.sorted().map { "x" + HexText.encoded($0) }.joined(separator: ".")
    }

    private static func decoded(_ body: String) -> Set<String>? {
        if body == "-" { return [] }
        var facts = Set<String>()
        for piece in body.split(separator: ".", omittingEmptySubsequences: false) {
            guard piece.first == "x", let fact = HexText.decoded(String(piece.dropFirst())) else { return nil }
            facts.insert(fact)
        }
        return facts
    }
}

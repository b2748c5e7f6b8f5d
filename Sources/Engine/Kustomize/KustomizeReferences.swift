import InfragateGit
import InfragateParsers
import InfragateRules

/// Which kustomization directories reference which paths, over a whole revision: what finds the
/// overlays a changed base, patch or component feeds, and tells patch files from workloads.
struct KustomizeReferences: Sendable {
    enum Role: String, Sendable {
        /// The directory has a kustomization (the target is its file); `component` when `kind: Component`.
        case kustomization = "k", component = "c"
        case resource = "r", patch = "p", componentReference = "m", generatorInput = "g"
        /// The folder of a chart a `helmCharts:` entry inflates: any file in it feeds the kustomization.
        case helmChart = "h"
    }

    struct Edge: Hashable, Sendable {
        let role: Role
        let directory: String
        let target: String
    }

    let edges: [Edge]
    /// Paths some kustomization applies as a patch: never judged as a workload of their own.
    let patchPaths: Set<String>
    /// Folders holding a `kind: Component`, which are rendered only inside their includers.
    let componentDirectories: Set<String>
    /// The kustomization folders that own a file as their kustomization, patch or generator input.
    let owners: [String: [String]]
    private let referencing: [String: [Edge]]
    private let kustomizationFiles: [String: String]

    init(edges: [Edge]) {
        self.edges = edges
        patchPaths = Set(edges.filter { $0.role == .patch }.map(\.target))
        componentDirectories = Set(edges.filter { $0.role == .component }.map(\.directory))
        owners = Dictionary(grouping: edges.filter { [.patch, .generatorInput, .kustomization].contains($0.role) }, by: \.target)
            .mapValues { $0.map(\.directory) }
        referencing = Dictionary(grouping: edges.filter { $0.role != .kustomization && $0.role != .component }, by: \.target)
        kustomizationFiles = Dictionary(edges.filter { $0.role == .kustomization }.map { ($0.directory, $0.target) }) { first, _ in first }
    }

    /// The kustomization files that render `paths` (a changed resource, patch, component, generator
    /// input or kustomization), through every level of bases; components cannot be built alone.
    func kustomizations(including paths: Set<String>) -> [String] {
        var reached = Set<String>()
        for path in paths where KustomizeRenderer.fileNames.contains(RepositoryPath.name(of: path)) {
            reached.insert(RepositoryPath.directory(of: path))
        }
        var frontier = Array(paths) + reached
        var visited = Set(frontier)
        while let path = frontier.popLast() {
            // A file inside a referenced directory is included too.
            var users: [Edge] = []
            var folder = path
            while true {
                users += referencing[folder] ?? []
                if folder.isEmpty { break }
                folder = RepositoryPath.directory(of: folder)
            }
            for user in users where visited.insert(user.directory).inserted {
                reached.insert(user.directory)
                frontier.append(user.directory)
            }
        }
        return reached.compactMap { kustomizationFiles[$0] }.sorted()
    }

    /// The references a kustomization file's text makes, relative to its own directory (""). Text
    /// that does not parse references nothing here; rendering it reports the problem.
    static func edges(ofKustomization text: String, named name: String) -> [Edge] {
        let parsed = YAMLParser.parse(text, dialect: .strict)
        guard let root = parsed.documents.first?.root, root.isMapping else { return [Edge(role: .kustomization, directory: "", target: name)] }
        var edges = [Edge(role: root["kind"]?.string == "Component" ? .component : .kustomization, directory: "", target: name)]
        func add(_ role: Role, _ path: String?) {
            guard let path, !path.isEmpty, !path.contains("\n"), !KustomizeRenderer.isRemote(path), !path.hasPrefix("/") else { return }
            edges.append(Edge(role: role, directory: "", target: normalized(path)))
        }
        for key in ["resources", "bases"] { root[key]?.items.forEach { add(.resource, $0.string) } }
        root["components"]?.items.forEach { add(.componentReference, $0.string) }
        root["patchesStrategicMerge"]?.items.forEach { if $0.string?.contains(":") == false { add(.patch, $0.string) } }
        for key in ["patches", "patchesJson6902"] { root[key]?.items.forEach { add(.patch, $0["path"]?.string) } }
        for key in ["configMapGenerator", "secretGenerator"] {
            for generator in root[key]?.items ?? [] {
                generator["files"]?.items.forEach { add(.generatorInput, $0.string.map { String($0.split(separator: "=", maxSplits: 1).last ?? "") }) }
                generator["envs"]?.items.forEach { add(.generatorInput, $0.string) }
                add(.generatorInput, generator["env"]?.string)
            }
        }
        let chartHome = root["helmGlobals"]?["chartHome"]?.string ?? KustomizeHelmChart.defaultChartHome
        for chart in root["helmCharts"]?.items ?? [] {
            guard let name = chart["name"]?.string else { continue }
            add(.helmChart, KustomizeHelmChart.chartPath(name: name, version: chart["version"]?.string, repo: chart["repo"]?.string, chartHome: chartHome))
            add(.generatorInput, chart["valuesFile"]?.string)
            chart["additionalValuesFiles"]?.items.forEach { add(.generatorInput, $0.string) }
        }
        return edges
    }

    /// `a/./b/../c` → `a/c`; leading `..` are kept (they climb out of the tree the edge was read in).
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// An edge of a subfolder `name`, as seen from its parent.
    static func prefixed(_ edge: Edge, with name: String) -> Edge {
        Edge(role: edge.role, directory: normalized(name + "/" + edge.directory),
             target: normalized(name + "/" + edge.target))
    }

    /// Every kustomization of a snapshot without tree objects (files on disk): reads the tree.
    static func collect(from snapshot: any RepositorySnapshot) -> KustomizeReferences {
        let files = snapshot.allFilePaths().filter { KustomizeRenderer.fileNames.contains(RepositoryPath.name(of: $0)) }
        return KustomizeReferences(edges: files.flatMap { file -> [Edge] in
            let directory = RepositoryPath.directory(of: file)
            return (snapshot.text(at: file).map { edges(ofKustomization: $0, named: RepositoryPath.name(of: file)) } ?? [])
                .map { directory.isEmpty ? $0 : prefixed($0, with: directory) }
        })
    }
}

/// A revision's `KustomizeReferences`, kept per git tree object in the sealed store
/// (`$GIT_DIR/infragate/kustomize/`): a folder's edges are its kustomization's plus its subfolders'
/// seen from it, so a change costs the folders it touched, never the whole tree again.
final class KustomizeReferenceIndex {
    private static let version = "kustomize-references 2"
    private let repository: GitRepository
    private let sizeLimit: Int
    private let store: SealedStore?
    private var known: [ObjectID: [KustomizeReferences.Edge]] = [:]
    private var loadedShards: Set<String> = []
    private var unsaved: [String: [(key: String, body: String)]] = [:]

    init(repository: GitRepository, sizeLimit: Int) {
        self.repository = repository
        self.sizeLimit = sizeLimit
        store = try? SealedStore(gitDirectory: repository.gitDirectory, folder: "kustomize/" + ObjectID.digest(of: "\(Self.version)\n\(sizeLimit)").hex)
    }

    func references(at revision: ObjectID) throws -> KustomizeReferences {
        let root = try repository.rootTree(of: revision)
        // Post-order over an explicit stack: trees may nest arbitrarily deep.
        var stack: [(tree: ObjectID, children: [TreeChild]?)] = [(root, nil)]
        while let (tree, children) = stack.last {
            if kept(tree) != nil {
                stack.removeLast()
                continue
            }
            guard let children else {
                let listed = try repository.children(ofTree: tree) { KustomizeRenderer.fileNames.contains($0) }
                stack[stack.count - 1].children = listed
                stack += listed.filter { $0.mode == nil && kept($0.id) == nil }.map { ($0.id, nil) }
                continue
            }
            var edges: [KustomizeReferences.Edge] = []
            for child in children {
                if child.mode == nil {
                    edges += (known[child.id] ?? []).map { KustomizeReferences.prefixed($0, with: child.name) }
                } else if child.mode == .file || child.mode == .executable,
                          case .bytes(let bytes) = try repository.readBlob(child.id, limit: sizeLimit),
                          case .text(let text) = FileContent(bytes: bytes) {
                    edges += KustomizeReferences.edges(ofKustomization: text, named: child.name)
                } else {
                    // Unreadable: still a kustomization directory, so rendering reports it.
                    edges.append(KustomizeReferences.Edge(role: .kustomization, directory: "", target: child.name))
                }
            }
            remember(edges, for: tree)
            stack.removeLast()
        }
        for (shard, records) in unsaved { store?.append(records, to: shard) }
        unsaved = [:]
        return KustomizeReferences(edges: known[root] ?? [])
    }

    private func kept(_ tree: ObjectID) -> [KustomizeReferences.Edge]? {
        if let edges = known[tree] { return edges }
        let shard = String(tree.hex.prefix(2))
        guard let store, loadedShards.insert(shard).inserted else { return nil }
        for (key, body) in store.records(in: shard) {
            guard let id = ObjectID(hex: key), let edges = Self.decoded(body) else { continue }
            known[id] = edges
        }
        return known[tree]
    }

    private func remember(_ edges: [KustomizeReferences.Edge], for tree: ObjectID) {
        known[tree] = edges
        unsaved[String(tree.hex.prefix(2)), default: []].append((tree.hex, Self.encoded(edges)))
    }

    /// Hex of `role␁directory␁target` lines ("-" for none): no spaces, no newlines.
    private static func encoded(_ edges: [KustomizeReferences.Edge]) -> String {
        edges.isEmpty ? "-" : HexText.encoded(edges.map { "\($0.role.rawValue)\u{1}\($0.directory)\u{1}\($0.target)" }.joined(separator: "\n"))
    }

    private static func decoded(_ body: String) -> [KustomizeReferences.Edge]? {
        if body == "-" { return [] }
        guard let text = HexText.decoded(body) else { return nil }
        var edges: [KustomizeReferences.Edge] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\u{1}", omittingEmptySubsequences: false)
            guard fields.count == 3, let role = KustomizeReferences.Role(rawValue: String(fields[0])) else { return nil }
            edges.append(KustomizeReferences.Edge(role: role, directory: String(fields[1]), target: String(fields[2])))
        }
        return edges
    }
}

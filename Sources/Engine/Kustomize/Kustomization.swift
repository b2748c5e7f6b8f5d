import InfragateParsers

/// A kustomization file, read as kustomize reads it (go-yaml v3, unknown fields refused), each
/// value with its line.
struct Kustomization {
    struct Reference {
        let path: String
        let origin: SourceLine
    }

    /// A patch: a file or inline text, with an optional target selector.
    struct Patch {
        /// The patch written in the kustomization; nil for a patch file, read from `path` when applied.
        let inlineText: String?
        let path: String
        /// Added to the patch text's lines to give the file's (an inline patch sits inside the kustomization).
        let lineOffset: Int
        let target: LocatedNode?
        let origin: SourceLine
        let forcesJSON6902: Bool
    }

    let path: String
    let root: LocatedNode
    let isComponent: Bool
    let resources: [Reference]
    let components: [Reference]
    let patchesStrategicMerge: [Patch]
    let patches: [Patch]
    let patchesJSON6902: [Patch]
    let helmCharts: [KustomizeHelmChart]

    /// Fields kustomize has that infragate does not render: a kustomization using one is unscanned.
    private static let unrendered: Set<String> = [
        "transformers", "generators", "validators", "crds", "openapi", "configurations",
        "helmChartInflationGenerator", "replacementsFile",
    ]
    private static let rendered: Set<String> = [
        "apiVersion", "kind", "metadata", "resources", "bases", "components", "patches", "patchesStrategicMerge",
        "patchesJson6902", "images", "namespace", "namePrefix", "nameSuffix", "commonLabels", "labels",
        "commonAnnotations", "configMapGenerator", "secretGenerator", "generatorOptions", "replicas", "helmCharts", "helmGlobals", "replacements", "vars",
        // Output order and build provenance labels: nothing a rule judges.
        "sortOptions", "buildMetadata",
    ]

    init(path: String, text: String) throws {
        self.path = path
        let parsed = YAMLParser.parse(text, dialect: .strict)
        if let problem = parsed.problems.first {
            throw KustomizeFailure.malformed(SourceLine(path: path, line: problem.line), problem.message)
        }
        guard parsed.documents.count <= 1 else {
            throw KustomizeFailure.malformed(SourceLine(path: path, line: 1), "a kustomization file holds one document")
        }
        let root = parsed.documents.first.map { LocatedNode($0.root, path: path) } ?? .mapping(at: SourceLine(path: path, line: 1))
        guard root.isMapping || root.isNull else {
            throw KustomizeFailure.malformed(root.origin, "a kustomization must be a mapping")
        }
        self.root = root
        for entry in root.entries {
            if Self.unrendered.contains(entry.key) {
                throw KustomizeFailure.unrenderable(entry.keyOrigin, "kustomize field `\(entry.key)` is not rendered by infragate")
            }
            if !Self.rendered.contains(entry.key) {
                throw KustomizeFailure.malformed(entry.keyOrigin, "unknown kustomization field `\(entry.key)` (kustomize refuses it)")
            }
        }
        let kind = root["kind"]?.string ?? "Kustomization"
        guard kind == "Kustomization" || kind == "Component" else {
            throw KustomizeFailure.malformed(root.entry("kind")?.keyOrigin ?? root.origin, "`kind: \(kind)` is not a kustomization")
        }
        isComponent = kind == "Component"
        resources = try Self.references(root, "resources") + Self.references(root, "bases")
        components = try Self.references(root, "components")
        let directory = RepositoryPath.directory(of: path)
        patchesStrategicMerge = try Self.list(root, "patchesStrategicMerge").map { item in
            guard let text = item.string else { throw KustomizeFailure.malformed(item.origin, "a `patchesStrategicMerge` entry is a path or a patch") }
            if text.contains("\n") || text.contains(":") {
                return Patch(inlineText: text, path: path, lineOffset: item.origin.line, target: nil, origin: item.origin, forcesJSON6902: false)
            }
            return try Self.patchFile(text, directory: directory, target: nil, origin: item.origin, json: false)
        }
        patches = try Self.list(root, "patches").map { try Self.patch($0, directory: directory, kustomization: path, json: false) }
        patchesJSON6902 = try Self.list(root, "patchesJson6902").map { try Self.patch($0, directory: directory, kustomization: path, json: true) }
        let chartHome = root["helmGlobals"]?["chartHome"]?.string ?? KustomizeHelmChart.defaultChartHome
        let written = parsed.documents.first?.root["helmCharts"]?.items ?? []
        helmCharts = try Self.list(root, "helmCharts").enumerated().map { index, item in
            try KustomizeHelmChart(item, written: written.indices.contains(index) ? written[index] : nil,
                                   chartHome: chartHome, kustomization: path)
        }
    }

    /// A sequence field (absent or null: none); anything else is malformed.
    static func list(_ node: LocatedNode, _ key: String) throws -> [LocatedNode] {
        guard let value = node[key], !value.isNull else { return [] }
        guard value.isSequence else { throw KustomizeFailure.malformed(value.origin, "`\(key)` must be a list") }
        return value.items
    }

    /// A string-to-string mapping field (labels, annotations), each pair with its line.
    static func pairs(_ node: LocatedNode, _ key: String) throws -> [(key: String, value: String, origin: SourceLine)] {
        guard let value = node[key], !value.isNull else { return [] }
        guard value.isMapping else { throw KustomizeFailure.malformed(value.origin, "`\(key)` must be a mapping") }
        return try value.entries.map { entry in
            guard case .scalar(let scalar) = entry.value.value else {
                throw KustomizeFailure.malformed(entry.keyOrigin, "`\(key).\(entry.key)` must be a string")
            }
            return (entry.key, scalar.value == .null ? "" : scalar.text, entry.keyOrigin)
        }
    }

    private static func references(_ root: LocatedNode, _ key: String) throws -> [Reference] {
        try list(root, key).map { item in
            guard let path = item.string, !path.isEmpty else { throw KustomizeFailure.malformed(item.origin, "a `\(key)` entry must be a path") }
            return Reference(path: path, origin: item.origin)
        }
    }

    private static func patch(_ item: LocatedNode, directory: String, kustomization: String, json: Bool) throws -> Patch {
        guard item.isMapping else { throw KustomizeFailure.malformed(item.origin, "a patch entry must be a mapping with `path` or `patch`") }
        let target = item["target"]
        if json && target == nil { throw KustomizeFailure.malformed(item.origin, "a `patchesJson6902` entry needs a `target`") }
        if let inline = item.entry("patch"), let text = inline.value.string {
            // A block scalar's text starts on the line after its indicator.
            let offset = inline.value.origin.line
            return Patch(inlineText: text, path: kustomization, lineOffset: offset, target: target, origin: inline.keyOrigin, forcesJSON6902: json)
        }
        if let file = item.entry("path"), let relative = file.value.string {
            return try patchFile(relative, directory: directory, target: target, origin: file.keyOrigin, json: json)
        }
        throw KustomizeFailure.malformed(item.origin, "a patch entry needs `path` or `patch`")
    }

    private static func patchFile(_ relative: String, directory: String, target: LocatedNode?, origin: SourceLine, json: Bool) throws -> Patch {
        if KustomizeRenderer.isRemote(relative) {
            throw KustomizeFailure.unrenderable(origin, "remote patch `\(relative)` cannot be fetched by the gate")
        }
        guard let path = RepositoryPath.resolved(relative, in: directory), KustomizeRenderer.isInOrBelow(path, directory) else {
            throw KustomizeFailure.malformed(origin, "patch `\(relative)` is outside the kustomization's folder (kustomize refuses it)")
        }
        return Patch(inlineText: nil, path: path, lineOffset: 0, target: target, origin: origin, forcesJSON6902: json)
    }
}

import InfragateParsers
import InfragateRules

/// One object of a kustomize build, with the names it had on the way (patches and `replicas`
/// may name it by any of them) and whether it still needs its generated name suffix.
struct KustomizeResource: Sendable {
    var node: LocatedNode
    /// Every name the object had, the first being the one written in its file or generator.
    var names: [String]
    var needsHashSuffix = false
    /// The `vars` that read a field of this object (kustomize attaches them when they are declared).
    var varNames: [String] = []

    var kind: String { node["kind"]?.string ?? "" }
    var apiVersion: String { node["apiVersion"]?.string ?? "" }
    var name: String { node["metadata"]?["name"]?.string ?? "" }
    var namespace: String { node["metadata"]?["namespace"]?.string ?? "" }
    var group: String { apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : "" }
    var version: String { apiVersion.contains("/") ? String(apiVersion.split(separator: "/").last ?? "") : apiVersion }

    /// Core and `*.k8s.io` groups, whose lists merge by their declared keys.
    var isBuiltIn: Bool { !group.contains(".") || group.hasSuffix(".k8s.io") }

    mutating func rename(_ newName: String, at origin: SourceLine) {
        node.withChild("metadata", createdAt: origin) { $0.set("name", to: .string(newName, at: origin), at: origin) }
        names.append(newName)
    }
}

/// What a build produced: its objects, and the patch files that patched at least one of them (a
/// patch whose target selects nothing is not a patch of this build, so it is judged as itself).
struct KustomizeBuild: Sendable {
    var resources: [KustomizeResource] = []
    var appliedPatches: Set<String> = []
    /// The `vars` declared in this build and the builds it includes, resolved at the top level.
    var vars: [KustomizeVars.Variable] = []
    /// The nodes of the resources as loaded: what bounds the work before transformers copy them.
    var nodes = 0
}

/// Renders a kustomization directory of the revision the way `kustomize build` (and `kubectl
/// kustomize`) does, from the snapshot only: what cannot be rendered fails the build with the line
/// that asked for it. Bounded in nesting, objects and nodes; a cycle is an error, as in kustomize.
struct KustomizeRenderer {
    static let fileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]
    static let maxNesting = 16
    static let maxObjects = 5_000
    static let maxNodes = 1_000_000

    let snapshot: any RepositorySnapshot & RevisionTree

    /// The kustomization file of a directory, if it has one.
    func kustomizationFile(in directory: String) -> String? {
        let names = snapshot.fileNames(in: directory)
        return Self.fileNames.first(where: names.contains).map { RepositoryPath.joined(directory, $0) }
    }

    /// The final objects of the build of `directory`, hash suffixes and name references applied.
    func render(_ directory: String) -> Result<KustomizeBuild, KustomizeFailure> {
        snapshot.shared("kustomize-render:" + directory) {
            do {
                var result = try build(directory, stack: [])
                Generators.appendHashSuffixes(to: &result.resources)
                try KustomizeVars.resolve(in: &result)
                return .success(result)
            } catch let failure as KustomizeFailure {
                return .failure(failure)
            } catch {
                return .failure(.malformed(SourceLine(path: directory, line: 1), "\(error)"))
            }
        }
    }

    /// A kustomization's own build (before the final hash suffixes), shared by the overlays that use it.
    func build(_ directory: String, stack: [String]) throws -> KustomizeBuild {
        let result: Result<KustomizeBuild, KustomizeFailure> = snapshot.shared("kustomize-build:" + directory) {
            do {
                var build = KustomizeBuild()
                try accumulate(directory, into: &build, stack: stack, asComponent: false)
                return .success(build)
            } catch let failure as KustomizeFailure {
                return .failure(failure)
            } catch {
                return .failure(.malformed(SourceLine(path: directory, line: 1), "\(error)"))
            }
        }
        return try result.get()
    }

    /// What kustomize's `accumulateTarget` does: resources, components, generators, then the
    /// built-in transformers in kustomize's order. A component works on what its includer has so far.
    private func accumulate(_ directory: String, into build: inout KustomizeBuild, stack: [String], asComponent: Bool) throws {
        guard let file = kustomizationFile(in: directory) else {
            throw KustomizeFailure.malformed(SourceLine(path: directory, line: 1), "`\(directory.isEmpty ? "." : directory)` has no kustomization file")
        }
        let names = snapshot.fileNames(in: directory)
        if Self.fileNames.filter(names.contains).count > 1 {
            throw KustomizeFailure.malformed(SourceLine(path: file, line: 1), "found several kustomization files in `\(directory.isEmpty ? "." : directory)` (kustomize refuses it)")
        }
        if stack.contains(directory) {
            throw KustomizeFailure.malformed(SourceLine(path: file, line: 1), "cycle: \((stack + [directory]).joined(separator: " → "))")
        }
        guard stack.count < Self.maxNesting else {
            throw KustomizeFailure.unrenderable(SourceLine(path: file, line: 1), "kustomizations nested deeper than \(Self.maxNesting)")
        }
        guard let text = snapshot.text(at: file) else {
            throw KustomizeFailure.unrenderable(SourceLine(path: file, line: 1), "the kustomization file cannot be read as text")
        }
        let kustomization = try Kustomization(path: file, text: text)
        if asComponent != kustomization.isComponent {
            throw KustomizeFailure.malformed(SourceLine(path: file, line: 1), asComponent
                ? "a directory listed in `components` must hold a `kind: Component`"
                : "a `kind: Component` can only be listed in `components`")
        }
        let stack = stack + [directory]
        for reference in kustomization.resources {
            let loaded = try load(reference, from: directory, stack: stack)
            build.resources += loaded.resources
            build.appliedPatches.formUnion(loaded.appliedPatches)
            build.nodes += loaded.nodes
            try KustomizeVars.absorb(loaded.vars, into: &build)
            try checkBounds(build, at: reference.origin)
        }
        for reference in kustomization.components {
            try accumulate(try localPath(reference, from: directory), into: &build, stack: stack, asComponent: true)
        }
        try Generators(kustomization: kustomization, directory: directory, snapshot: snapshot).generate(into: &build.resources)
        // kustomize runs the Helm chart inflation generator after the ConfigMap and Secret ones.
        for chart in kustomization.helmCharts {
            let objects = try chart.inflate(from: snapshot)
            build.resources += objects.map { KustomizeResource(node: $0, names: [$0["metadata"]?["name"]?.string ?? ""]) }
            build.nodes += objects.reduce(0) { $0 + $1.size }
            try checkBounds(build, at: chart.origin)
        }
        try Transformers(kustomization: kustomization, directory: directory, snapshot: snapshot).apply(to: &build)
        // kustomize runs the replacement transformer after every other built-in one.
        try Replacements(kustomization: kustomization).apply(to: &build.resources)
        try checkBounds(build, at: SourceLine(path: file, line: 1))
        try checkUniqueIdentities(build.resources, in: file)
        try KustomizeVars.merge(try KustomizeVars.declared(in: kustomization), into: &build)
    }

    private func checkBounds(_ build: KustomizeBuild, at origin: SourceLine) throws {
        if build.resources.count > Self.maxObjects || build.nodes > Self.maxNodes {
            throw KustomizeFailure.unrenderable(origin, "the build is over \(Self.maxObjects) objects or \(Self.maxNodes) nodes")
        }
    }

    private func checkUniqueIdentities(_ resources: [KustomizeResource], in file: String) throws {
        var seen = Set<String>()
        for resource in resources where !seen.insert("\(resource.group)|\(resource.kind)|\(resource.namespace)|\(resource.name)").inserted {
            throw KustomizeFailure.malformed(resource.node.origin, "\(resource.kind) \(resource.name) is included twice (kustomize refuses it: already registered id)")
        }
    }

    /// A `resources`/`bases` entry: a file of objects, or a directory with its own kustomization.
    private func load(_ reference: Kustomization.Reference, from directory: String, stack: [String]) throws -> KustomizeBuild {
        let path = try localPath(reference, from: directory)
        switch try snapshot.node(at: path) {
        case .directory:
            return try build(path, stack: stack)
        case .entry:
            guard Self.isInOrBelow(path, directory) else {
                throw KustomizeFailure.malformed(reference.origin, "resource file `\(reference.path)` is outside the kustomization's folder (kustomize refuses it)")
            }
            guard let text = snapshot.text(at: path) else {
                throw KustomizeFailure.unrenderable(reference.origin, "resource `\(reference.path)` cannot be read as text (a link, binary or too large)")
            }
            let objects = try Self.objects(in: text, path: path)
            return KustomizeBuild(resources: objects.map { KustomizeResource(node: $0, names: [$0["metadata"]?["name"]?.string ?? ""]) },
                                  nodes: objects.reduce(0) { $0 + $1.size })
        case .absent:
            throw KustomizeFailure.malformed(reference.origin, "resource `\(reference.path)` does not exist in this revision")
        }
    }

    /// A reference's path in the repository; remote ones cannot be fetched, so they are unrenderable.
    func localPath(_ reference: Kustomization.Reference, from directory: String) throws -> String {
        if Self.isRemote(reference.path) {
            throw KustomizeFailure.unrenderable(reference.origin, "remote resource `\(reference.path)` cannot be fetched by the gate")
        }
        guard let path = RepositoryPath.resolved(reference.path, in: directory) else {
            throw KustomizeFailure.malformed(reference.origin, "`\(reference.path)` leaves the repository")
        }
        return path
    }

    /// kustomize's load restriction: files (not kustomization folders) must be in or below the kustomization's folder.
    static func isInOrBelow(_ path: String, _ directory: String) -> Bool {
        directory.isEmpty || path.hasPrefix(directory + "/")
    }

    static func isRemote(_ path: String) -> Bool {
        path.contains("://") || path.hasPrefix("git@") || path.hasPrefix("github.com/") || path.hasPrefix("gitlab.com/")
            || path.hasPrefix("bitbucket.org/") || path.contains("?ref=") || path.contains(".git//")
    }

    /// The objects of a resource or patch file (a `List`'s items flattened); a parse problem is malformed.
    static func objects(in text: String, path: String, lineOffset: Int = 0) throws -> [LocatedNode] {
        try objects(in: text) { SourceLine(path: path, line: $0 + lineOffset) }
    }

    /// The objects of a text whose line `n` was set at `origin(n)` (a rendered chart's output).
    static func objects(in text: String, origin: (Int) -> SourceLine) throws -> [LocatedNode] {
        let parsed = YAMLParser.parse(text, dialect: .strict)
        if let problem = parsed.problems.first {
            throw KustomizeFailure.malformed(origin(problem.line), problem.message)
        }
        return try parsed.documents.flatMap { document -> [LocatedNode] in
            let node = LocatedNode(document.root, origin: origin)
            if node.isNull { return [] }
            guard node.isMapping, node["kind"]?.string != nil else {
                throw KustomizeFailure.malformed(node.origin, "a resource must be a mapping with `apiVersion` and `kind`")
            }
            if node["kind"]?.string == "List" { return node["items"]?.items ?? [] }
            return [node]
        }
    }
}

import InfragateParsers

/// What a rule may know beyond its object: the namespace-wide objects of the whole tree under
/// review (NetworkPolicies, quotas), read at most once per gate run and only when a rule asks.
final class KubernetesContext {
    private static let indexedKinds: Set<String> = ["NetworkPolicy", "ResourceQuota", "LimitRange"]

    private let fileObjects: [KubernetesObject]
    private let snapshot: any RepositorySnapshot

    init(fileObjects: [KubernetesObject], snapshot: any RepositorySnapshot) {
        self.fileObjects = fileObjects
        self.snapshot = snapshot
    }

    /// Whether the namespace (nil: whichever one the object is applied to) has a NetworkPolicy.
    func hasNetworkPolicy(inNamespace namespace: String?) -> Bool {
        namespacesByKind["NetworkPolicy", default: []].contains(namespace ?? "")
    }

    /// Whether the namespace has a ResourceQuota or a LimitRange.
    func hasQuota(inNamespace namespace: String) -> Bool {
        ["ResourceQuota", "LimitRange"].contains { namespacesByKind[$0, default: []].contains(namespace) }
    }

    /// Kind → namespaces (`""` for objects naming none) holding an object of that kind: the
    /// file's own objects (as they are now, on disk too) and the tree's, indexed once per run.
    private lazy var namespacesByKind: [String: Set<String>] = {
        var index = snapshot.shared("kubernetes-namespaces-by-kind") { Self.namespacesByKind(of: Self.treeObjects(in: snapshot)) }
        index.merge(Self.namespacesByKind(of: fileObjects)) { $0.union($1) }
        return index
    }()

    private static func namespacesByKind(of objects: [KubernetesObject]) -> [String: Set<String>] {
        var index: [String: Set<String>] = [:]
        for object in objects where indexedKinds.contains(object.kind) {
            index[object.kind, default: []].insert(object.namespace ?? "")
        }
        return index
    }

    /// Objects of the tree's YAML files; only files naming an indexed kind are parsed.
    private static func treeObjects(in snapshot: any RepositorySnapshot) -> [KubernetesObject] {
        snapshot.allFilePaths()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .compactMap { snapshot.text(at: $0) }
            .filter { text in indexedKinds.contains { text.contains($0) } }
            .flatMap { KubernetesObject.objects(in: YAMLParser.parse($0, dialect: .kubernetes).documents) }
    }
}

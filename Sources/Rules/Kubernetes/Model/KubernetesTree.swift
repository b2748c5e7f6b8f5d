import InfragateParsers

/// What a rule may know beyond its object: the namespace-wide objects of the whole tree under
/// review (NetworkPolicies, quotas), read at most once per gate run and only when a rule asks.
final class KubernetesTree {
    private static let indexedKinds: Set<String> = ["NetworkPolicy", "ResourceQuota", "LimitRange"]

    private let fileObjects: [KubernetesObject]
    private let snapshot: any RepositorySnapshot
    /// The policy's values the file is judged with (the allowed registries).
    let parameters: RuleParameters

    init(fileObjects: [KubernetesObject], snapshot: any RepositorySnapshot, parameters: RuleParameters = .defaults) {
        self.fileObjects = fileObjects
        self.snapshot = snapshot
        self.parameters = parameters
    }

    /// Whether the namespace (nil: whichever one the object is applied to) has a NetworkPolicy.
    func hasNetworkPolicy(inNamespace namespace: String?) -> Bool {
        namespacesByKind["NetworkPolicy", default: []].contains(namespace ?? "")
    }

    /// Whether a NetworkPolicy of the namespace selects every pod (`podSelector: {}`) for egress.
    func hasNamespaceWideEgressPolicy(inNamespace namespace: String?) -> Bool {
        namespacesByKind[Self.namespaceWideEgress, default: []].contains(namespace ?? "")
    }

    /// Whether a ServiceAccount of that name and namespace sets `automountServiceAccountToken: false`.
    func serviceAccountDisablesToken(named name: String, inNamespace namespace: String?) -> Bool {
        namespacesByKind[Self.tokenlessServiceAccount, default: []].contains((namespace ?? "") + "\u{1}" + name)
    }

    /// Whether a RoleBinding or ClusterRoleBinding of the tree grants a role to that ServiceAccount:
    /// its pods then call the API with the token on purpose.
    func serviceAccountIsBound(named name: String, inNamespace namespace: String?) -> Bool {
        namespacesByKind[Self.boundServiceAccount, default: []].contains((namespace ?? "") + "\u{1}" + name)
    }

    /// Whether a skaffold configuration of the tree builds this image: skaffold then deploys the
    /// manifest with the tag and digest it built in place of the name written.
    func buildsWithSkaffold(_ image: ImageReference) -> Bool {
        let name = (image.registry.map { $0 + "/" } ?? "") + image.repository
        return namespacesByKind[Self.skaffoldArtifact, default: []].contains(name)
    }

    /// Whether a Namespace object of that name is in the tree (rules about the namespace report there).
    func definesNamespace(named name: String) -> Bool {
        namespacesByKind[Self.definedNamespace, default: []].contains(name)
    }

    /// The Pod Security levels the tree's Namespace objects of that name enforce (several when
    /// overlays define it differently); empty when none is in the tree or none can be read.
    func enforcedPodSecurityLevels(inNamespace namespace: String) -> [PodSecurityLevel] {
        namespacesByKind[Self.podSecurityEnforcement, default: []].compactMap { fact in
            let parts = fact.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[0] == namespace else { return nil }
            return PodSecurityLevel(level: parts[1], version: parts[2])
        }
    }

    /// Whether the namespace has a ResourceQuota or a LimitRange.
    func hasQuota(inNamespace namespace: String) -> Bool {
        ["ResourceQuota", "LimitRange"].contains { namespacesByKind[$0, default: []].contains(namespace) }
    }

    /// Kind → namespaces (`""` for objects naming none) holding an object of that kind: the
    /// file's own objects (as they are now, on disk too) and the tree's.
    private lazy var namespacesByKind: [String: Set<String>] = {
        var index: [String: Set<String>] = [:]
        for fact in snapshot.facts(Self.namespacedKinds).union(fileObjects.flatMap(Self.facts(of:))) {
            let parts = fact.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            index[String(parts[0]), default: []].insert(String(parts[1]))
        }
        return index
    }()

    /// The pseudo-kind under which ServiceAccounts that refuse token automounting are indexed, by
    /// "namespace␁name".
    private static let tokenlessServiceAccount = "ServiceAccount/no-token"
    /// The pseudo-kind under which ServiceAccounts some binding names are indexed, by "namespace␁name".
    private static let boundServiceAccount = "ServiceAccount/bound"
    /// The pseudo-kind under which Namespace objects are indexed, by name.
    private static let definedNamespace = "Namespace/defined"
    /// The pseudo-kind under which Namespaces labelled `pod-security.kubernetes.io/enforce` are
    /// indexed, by "name␁level␁version".
    private static let podSecurityEnforcement = "Namespace/pod-security-enforce"
    /// The pseudo-kind under which NetworkPolicies selecting every pod for egress are indexed, by namespace.
    private static let namespaceWideEgress = "NetworkPolicy/egress-all"
    /// The pseudo-kind under which the images skaffold configurations build are indexed, by name.
    private static let skaffoldArtifact = "skaffold/artifact"

    private static func facts(of object: KubernetesObject) -> [String] {
        if object.kind == "NetworkPolicy", let policy = NetworkPolicyScope(object), policy.selectsEveryPod, policy.controlsEgress {
            return [object.kind, namespaceWideEgress].map { $0 + "\u{1}" + (object.namespace ?? "") }
        }
        if indexedKinds.contains(object.kind) { return [object.kind + "\u{1}" + (object.namespace ?? "")] }
        if object.kind == "Namespace", !object.name.isEmpty {
            let labels = object.root["metadata"]?["labels"]
            let version = labels?["pod-security.kubernetes.io/enforce-version"]?.string ?? ""
            // Only labels the admission controller reads as a level and version are kept: a value
            // with a newline must not forge another fact.
            let enforcement = labels?["pod-security.kubernetes.io/enforce"]?.string.flatMap { level in
                PodSecurityLevel(level: level, version: version).map { _ in
                    [podSecurityEnforcement, object.name, level, version].joined(separator: "\u{1}")
                }
            }
            return [definedNamespace + "\u{1}" + object.name] + (enforcement.map { [$0] } ?? [])
        }
        if object.kind == "ServiceAccount", object.root["automountServiceAccountToken"]?.bool == false {
            return [tokenlessServiceAccount + "\u{1}" + (object.namespace ?? "") + "\u{1}" + object.name]
        }
        if object.kind == "RoleBinding" || object.kind == "ClusterRoleBinding" {
            // A ServiceAccount subject without a namespace is in the RoleBinding's own.
            return (object.root["subjects"]?.items ?? []).filter { $0["kind"]?.string == "ServiceAccount" }.compactMap { subject in
                subject["name"]?.string.map { boundServiceAccount + "\u{1}" + (subject["namespace"]?.string ?? object.namespace ?? "") + "\u{1}" + $0 }
            }
        }
        if object.kind == "Config", object.root["apiVersion"]?.string?.hasPrefix("skaffold/") == true {
            return (object.root["build"]?["artifacts"]?.items ?? []).compactMap { $0["image"]?.string }.map { skaffoldArtifact + "\u{1}" + $0 }
        }
        return []
    }

    /// "kind␁namespace" for each indexed object of a YAML file (and "Namespace/defined␁name", "Namespace/pod-security-enforce␁name␁level␁version", "NetworkPolicy/egress-all␁namespace", "ServiceAccount/no-token␁
    /// namespace␁name", "ServiceAccount/bound␁namespace␁name", "skaffold/artifact␁image"); only files
    /// that spell an indexed kind are parsed.
    static let namespacedKinds = TreeFacts(
        name: "kubernetes-namespaced-kinds 7",
        reads: { name in name.hasSuffix(".yaml") || name.hasSuffix(".yml") },
        facts: { text in
            guard (indexedKinds + ["ServiceAccount", "RoleBinding", "skaffold/", "Namespace"]).contains(where: { text.containsBytes(of: $0) }) else { return [] }
            return KubernetesObject.objects(in: YAMLParser.parse(text, dialect: .kubernetes).documents).flatMap(facts(of:))
        })
}

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

    /// Whether the tree holds an admission policy engine's policies: a Kyverno policy, a Gatekeeper
    /// constraint or template, a Kubewarden policy, or a ValidatingAdmissionPolicy a binding of the
    /// tree puts in force (a policy without a binding checks nothing).
    var hasPolicyEngine: Bool {
        if namespacesByKind[Self.policyEngine] != nil { return true }
        let policies = namespacesByKind[Self.validatingAdmissionPolicy, default: []]
        return !policies.isDisjoint(with: namespacesByKind[Self.validatingAdmissionPolicyBinding, default: []])
    }

    /// Whether the tree holds an image-signature verification policy: Kyverno `verifyImages` or
    /// `ImageValidatingPolicy`, a sigstore policy-controller `ClusterImagePolicy`, a Connaisseur
    /// configuration or deployment, or a Ratify verifier.
    var hasImageVerification: Bool { namespacesByKind[Self.imageVerification] != nil }

    /// Whether the object is the first pod-running object of its file: where a finding about the
    /// whole cluster is reported once per file rather than once per workload.
    func isFirstWorkloadOfFile(_ object: KubernetesObject) -> Bool {
        fileObjects.first { $0.workload != nil }?.line == object.line
    }

    /// How many objects of the file run pods.
    var workloadsInFile: Int { fileObjects.count { $0.workload != nil } }

    /// " (and the file's 2 other workloads)", with `conjunction` ("and", "nor"); empty when the
    /// file has one: how a finding reported once per file names the workloads it also stands for.
    func otherWorkloadsOfFile(_ conjunction: String) -> String {
        let others = workloadsInFile - 1
        return others > 0 ? " (\(conjunction) the file's \(others) other workload\(others == 1 ? "" : "s"))" : ""
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
    /// The pseudo-kind under which an admission policy engine's policies are indexed, by kind.
    private static let policyEngine = "Cluster/policy-engine"
    /// The pseudo-kinds under which ValidatingAdmissionPolicies and the policies their bindings
    /// name are indexed, by policy name.
    private static let validatingAdmissionPolicy = "Cluster/validating-admission-policy"
    private static let validatingAdmissionPolicyBinding = "Cluster/validating-admission-policy-binding"
    /// The pseudo-kind under which image-signature verification policies are indexed, by kind.
    private static let imageVerification = "Cluster/image-verification"

    /// The API groups whose every kind is an admission engine's policy.
    private static let policyEngineGroups = ["kyverno.io", "policies.kyverno.io", "constraints.gatekeeper.sh", "templates.gatekeeper.sh", "policies.kubewarden.io"]

    private static func apiGroup(of object: KubernetesObject) -> String {
        String((object.root["apiVersion"]?.string ?? "").split(separator: "/").first ?? "")
    }

    /// Facts about admission control and image verification, which hold for the whole cluster.
    private static func clusterFacts(of object: KubernetesObject) -> [String] {
        let group = apiGroup(of: object)
        var facts: [String] = []
        if policyEngineGroups.contains(group), !object.kind.hasSuffix("Report"), !object.kind.hasSuffix("Exception") {
            facts.append(policyEngine + "\u{1}" + object.kind)
        }
        if group == "admissionregistration.k8s.io" {
            if object.kind == "ValidatingAdmissionPolicy", !object.name.isEmpty {
                facts.append(validatingAdmissionPolicy + "\u{1}" + object.name)
            } else if object.kind == "ValidatingAdmissionPolicyBinding", let policy = object.root["spec"]?["policyName"]?.string {
                facts.append(validatingAdmissionPolicyBinding + "\u{1}" + policy)
            }
        }
        let verifies: Bool
        switch (group, object.kind) {
        case ("kyverno.io", "ClusterPolicy"), ("kyverno.io", "Policy"):
            verifies = (object.root["spec"]?["rules"]?.items ?? []).contains { !($0["verifyImages"]?.items ?? []).isEmpty }
        case ("policies.kyverno.io", "ImageValidatingPolicy"), ("policy.sigstore.dev", "ClusterImagePolicy"),
             ("config.ratify.deislabs.io", "Verifier"), ("config.ratify.dev", "Verifier"):
            verifies = true
        case ("helm.toolkit.fluxcd.io", "HelmRelease"):
            verifies = object.root["spec"]?["chart"]?["spec"]?["chart"]?.string == "connaisseur"
        case ("argoproj.io", "Application"):
            let sources = [object.root["spec"]?["source"]].compactMap { $0 } + (object.root["spec"]?["sources"]?.items ?? [])
            verifies = sources.contains { $0["chart"]?.string == "connaisseur" }
        default:
            verifies = false
        }
        if verifies { facts.append(imageVerification + "\u{1}" + object.kind) }
        return facts
    }

    /// Connaisseur's Helm values: validators of a signature scheme (not only `static` ones) and the
    /// policy that routes images to them, at the top (chart 1.x) or under `application` (2.x and later).
    private static func isConnaisseurConfiguration(_ root: YAMLNode) -> Bool {
        [root, root["application"]].compactMap { $0 }.contains { section in
            guard section["policy"]?.isSequence == true else { return false }
            return (section["validators"]?.items ?? []).contains { ["cosign", "notaryv1", "notaryv2"].contains($0["type"]?.string ?? "") }
        }
    }

    /// The words of a fact of the kinds that have more than two (kind and namespace, or name).
    private static let wordsPerFact = [
        tokenlessServiceAccount: 3, boundServiceAccount: 3, podSecurityEnforcement: 4,
    ]

    /// Whether a fact is what its kind writes: facts are words joined by U+0001, so a name or label
    /// holding that or another control character (a newline) could forge another fact. Kubernetes
    /// refuses such names (they are not DNS labels), so nothing that applies is lost.
    private static func isWellFormed(_ fact: String) -> Bool {
        let words = fact.split(separator: "\u{1}", omittingEmptySubsequences: false)
        return words.count == wordsPerFact[String(words[0]), default: 2]
            && !words.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
    }

    private static func facts(of object: KubernetesObject) -> [String] {
        indexedFacts(of: object).filter(isWellFormed)
    }

    private static func indexedFacts(of object: KubernetesObject) -> [String] {
        let cluster = clusterFacts(of: object)
        if !cluster.isEmpty { return cluster }
        if object.kind == "NetworkPolicy", let policy = NetworkPolicyScope(object), policy.selectsEveryPod, policy.controlsEgress {
            return [object.kind, namespaceWideEgress].map { $0 + "\u{1}" + (object.namespace ?? "") }
        }
        if indexedKinds.contains(object.kind) { return [object.kind + "\u{1}" + (object.namespace ?? "")] }
        if object.kind == "Namespace", !object.name.isEmpty {
            let labels = object.root["metadata"]?["labels"]
            let version = labels?["pod-security.kubernetes.io/enforce-version"]?.string ?? ""
            // Only labels the admission controller reads as a level and version are kept.
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
        name: "kubernetes-namespaced-kinds 8",
        reads: { name in name.hasSuffix(".yaml") || name.hasSuffix(".yml") },
        facts: { text in
            guard (indexedKinds + ["ServiceAccount", "RoleBinding", "skaffold/", "Namespace", "AdmissionPolicy", ".gatekeeper.sh", "kyverno",
                                   "kubewarden", "sigstore", "ratify", "connaisseur", "validators"]).contains(where: { text.containsBytes(of: $0) }) else { return [] }
            let documents = YAMLParser.parse(text, dialect: .kubernetes).documents
            let connaisseur = documents.contains { isConnaisseurConfiguration($0.root) } ? [imageVerification + "\u{1}Connaisseur"] : []
            return KubernetesObject.objects(in: documents).flatMap(facts(of:)) + connaisseur
        })
}

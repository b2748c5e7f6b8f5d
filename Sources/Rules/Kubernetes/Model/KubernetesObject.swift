import InfragateParsers

/// One Kubernetes object of a manifest (a document, or an item of a `List`).
struct KubernetesObject {
    let kind: String
    let root: YAMLNode
    /// The `kind:` line: where object-level findings point.
    let line: Int

    var name: String { root["metadata"]?["name"]?.string ?? "" }
    /// The name as messages show it: an object created with `generateName` (a Job run, a Pod) has
    /// only a prefix, and an empty name in backticks would say nothing.
    var displayName: String { Self.displayName(of: root["metadata"]) }
    /// Nil when unset or empty: kubectl then applies the object to the context's namespace.
    var namespace: String? { root["metadata"]?["namespace"]?.string.flatMap { $0.isEmpty ? nil : $0 } }

    /// `kind/namespace/name`: what fingerprints hold instead of lines.
    let identity: String

    /// The pod this object runs, for every pod-bearing kind; worked out once, as most rules ask.
    let workload: PodWorkload?

    /// The node holding the pod's `metadata` and `spec`, for the core kinds and the custom
    /// resources that run pods from an embedded template: OpenShift `DeploymentConfig`, Argo
    /// `Rollout`, Knative `Service` and KEDA `ScaledJob`.
    private static func podTemplate(of root: YAMLNode, kind: String) -> YAMLNode? {
        switch kind {
        case "Pod": return root
        case "PodTemplate": return root["template"]
        case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "DeploymentConfig", "Rollout":
            return root["spec"]?["template"]
        case "CronJob": return root["spec"]?["jobTemplate"]?["spec"]?["template"]
        case "Service" where root["apiVersion"]?.string?.hasPrefix("serving.knative.dev/") == true:
            return root["spec"]?["template"]
        case "ScaledJob": return root["spec"]?["jobTargetRef"]?["template"]
        default: return nil
        }
    }

    static func displayName(of metadata: YAMLNode?) -> String {
        if let name = metadata?["name"]?.string, !name.isEmpty { return name }
        if let prefix = metadata?["generateName"]?.string, !prefix.isEmpty { return prefix + "…" }
        return "(unnamed)"
    }

    /// The objects of parsed documents: anything with `apiVersion` and `kind`, with `List`s flattened.
    static func objects(in documents: [YAMLDocument]) -> [KubernetesObject] {
        documents.flatMap { document -> [KubernetesObject] in
            guard let object = KubernetesObject(document.root) else { return [] }
            guard object.kind == "List" else { return [object] }
            return object.root["items"]?.items.compactMap(KubernetesObject.init) ?? []
        }
    }

    init?(_ root: YAMLNode) {
        guard root["apiVersion"]?.string != nil, let kindEntry = root.entry("kind"), let kind = kindEntry.value.string else {
            return nil
        }
        self.kind = kind
        self.root = root
        self.line = kindEntry.keyLine
        let metadata = root["metadata"]
        identity = "\(kind)/\(metadata?["namespace"]?.string ?? "")/\(metadata?["name"]?.string ?? "")"
        if let template = Self.podTemplate(of: root, kind: kind), let spec = template.entry("spec"), spec.value.isMapping {
            workload = PodWorkload(ownerIdentity: identity, owner: "`\(kind)` `\(Self.displayName(of: metadata))`", spec: spec.value, specLine: spec.keyLine, metadata: template["metadata"])
        } else {
            workload = nil
        }
    }
}

import InfragateParsers

/// A pod spec with its containers, and the pod-level settings containers inherit.
struct PodWorkload {
    /// The owning object's `kind/namespace/name`.
    let ownerIdentity: String
    /// The owning object as messages name it: `` `Deployment` `web` ``.
    let owner: String
    let spec: YAMLNode
    /// The pod spec's `spec:` line: where pod-level findings about missing settings point.
    let specLine: Int
    /// The pod (template) metadata, which holds AppArmor annotations.
    let metadata: YAMLNode?

    let containers: [Container]

    init(ownerIdentity: String, owner: String, spec: YAMLNode, specLine: Int, metadata: YAMLNode?) {
        self.ownerIdentity = ownerIdentity
        self.owner = owner
        self.spec = spec
        self.specLine = specLine
        self.metadata = metadata
        containers = Container.Kind.allCases.flatMap { kind in
            (spec[kind.rawValue]?.items ?? []).filter(\.isMapping).map {
                Container(node: $0, kind: kind, ownerIdentity: ownerIdentity, owner: owner, podSecurityContext: spec["securityContext"])
            }
        }
    }

    /// `kind/namespace/name|detail`: a pod-level finding's identity, never its line or values.
    func identity(_ detail: String) -> String {
        "\(ownerIdentity)|\(detail)"
    }
}

/// A container, init container or ephemeral container of a pod spec.
struct Container {
    enum Kind: String, CaseIterable {
        case container = "containers"
        case initContainer = "initContainers"
        case ephemeral = "ephemeralContainers"
    }

    let node: YAMLNode
    let kind: Kind
    /// The owning object's `kind/namespace/name`.
    let ownerIdentity: String
    /// The owning object as messages name it: `` `Deployment` `web` ``.
    let owner: String
    /// The pod's `securityContext`, whose settings apply where the container's own are absent.
    let podSecurityContext: YAMLNode?

    /// Its `name`; Knative lets a lone container go unnamed, so then its image names it.
    var name: String {
        let written = node["name"]?.string ?? ""
        return written.isEmpty ? node["image"]?.string.map { "(image \($0))" } ?? "(unnamed)" : written
    }
    /// The `name:` line: where findings about missing settings point. In JSON, and YAML in flow
    /// style, the item itself starts at a bare `{`, which says nothing to the reader.
    var line: Int { node.entry("name")?.keyLine ?? node.line }
    /// How messages name it: the container (a pod may have several) and the object that runs it.
    var subject: String {
        let role = switch kind {
        case .container: "Container"
        case .initContainer: "Init container"
        case .ephemeral: "Ephemeral container"
        }
        return "\(role) `\(name)` of \(owner)"
    }
    var securityContext: YAMLNode? { node["securityContext"] }
    /// Its `privileged: true`, if set: all capabilities and escalation, whatever else it says.
    var privileged: YAMLEntry? {
        securityContext?.entry("privileged").flatMap { $0.value.bool == true ? $0 : nil }
    }
    /// Nil when unset or empty (a patch or template leaves it to another source).
    var image: ImageReference? { node["image"]?.string.flatMap { $0.isEmpty ? nil : ImageReference(parsing: $0) } }

    /// A security setting as it applies to the container: its own, else the pod's. A `null`
    /// is unset, as the API reads it, so it does not hide the pod's setting.
    func securitySetting(_ key: String) -> YAMLEntry? {
        [securityContext?.entry(key), podSecurityContext?.entry(key)].lazy.compactMap { $0 }.first { !$0.value.isNull }
    }

    /// `kind/namespace/name|containers:x|detail`: a finding's identity, never its line or values.
    func identity(_ detail: String) -> String {
        "\(ownerIdentity)|\(kind.rawValue):\(name)|\(detail)"
    }
}

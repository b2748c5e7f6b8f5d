import InfragateParsers

/// A pod spec with its containers, and the pod-level settings containers inherit.
struct PodWorkload {
    /// The owning object's `kind/namespace/name`.
    let ownerIdentity: String
    let spec: YAMLNode
    /// The pod spec's `spec:` line: where pod-level findings about missing settings point.
    let specLine: Int
    /// The pod (template) metadata, which holds AppArmor annotations.
    let metadata: YAMLNode?

    let containers: [Container]

    init(ownerIdentity: String, spec: YAMLNode, specLine: Int, metadata: YAMLNode?) {
        self.ownerIdentity = ownerIdentity
        self.spec = spec
        self.specLine = specLine
        self.metadata = metadata
        containers = Container.Kind.allCases.flatMap { kind in
            (spec[kind.rawValue]?.items ?? []).filter(\.isMapping).map { Container(node: $0, kind: kind) }
        }
    }

    /// A security setting as it applies to the container: its own, else the pod's.
    func securitySetting(_ key: String, for container: Container) -> YAMLEntry? {
        container.securityContext?.entry(key) ?? spec["securityContext"]?.entry(key)
    }

    /// `kind/namespace/name|container:x|detail`: a finding's identity, never its line or values.
    func identity(_ container: Container?, _ detail: String) -> String {
        let containerPart = container.map { "|\($0.kind.rawValue):\($0.name)" } ?? ""
        return "\(ownerIdentity)\(containerPart)|\(detail)"
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

    /// Its `name`; Knative lets a lone container go unnamed, so then its image names it.
    var name: String {
        let written = node["name"]?.string ?? ""
        return written.isEmpty ? node["image"]?.string.map { "(image \($0))" } ?? "(unnamed)" : written
    }
    /// The `name:` line: where findings about missing settings point. In JSON, and YAML in flow
    /// style, the item itself starts at a bare `{`, which says nothing to the reader.
    var line: Int { node.entry("name")?.keyLine ?? node.line }
    var securityContext: YAMLNode? { node["securityContext"] }
    var image: ImageReference? { node["image"]?.string.map { ImageReference(parsing: $0) } }
}

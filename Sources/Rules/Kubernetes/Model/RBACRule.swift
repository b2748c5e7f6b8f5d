import InfragateParsers

/// One `rules[]` entry of a Role or ClusterRole.
struct RBACPolicyRule {
    let node: YAMLNode
    let role: KubernetesObject

    static func all(in object: KubernetesObject) -> [RBACPolicyRule] {
        guard object.kind == "Role" || object.kind == "ClusterRole" else { return [] }
        return (object.root["rules"]?.items ?? []).map { RBACPolicyRule(node: $0, role: object) }
    }

    func values(_ field: String) -> [String] {
        (node[field]?.items ?? []).compactMap(\.string)
    }

    func entry(_ field: String) -> YAMLEntry? { node.entry(field) }

    /// Names the rule by what it grants, so its fingerprint survives reordering.
    func identity(_ detail: String) -> String {
        "\(role.identity)|\(values("apiGroups").joined(separator: ","))/\(values("resources").joined(separator: ","))|\(detail)"
    }
}

import InfragateParsers

/// Binding `cluster-admin` hands out every permission of the cluster.
struct ClusterAdminBinding: Rule {
    let description = RuleDescription(
        id: "K8S-CLUSTER-ADMIN-BINDING", title: "Binding grants cluster-admin", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes access control › Least-privilege RBAC",
        rationale: "`cluster-admin` can do anything to any resource; a workload or user bound to it turns any compromise into a cluster compromise. High.",
        recommendation: "Bind a role with only the permissions needed; reserve `cluster-admin` for break-glass human access.",
        equivalents: [.kubeLinter("cluster-admin-role-binding"), .trivy("AVD-KSV-0111")],
        triggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: ci
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
            ↓  name: cluster-admin
            subjects:
              - kind: ServiceAccount
                name: ci
                namespace: build
            """],
        nonTriggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: ci
              namespace: build
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: deployer
            subjects:
              - kind: ServiceAccount
                name: ci
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "RoleBinding" || object.kind == "ClusterRoleBinding",
              let entry = object.root["roleRef"]?.entry("name"), entry.value.string == "cluster-admin" else { return [] }
        return [Violation(line: entry.keyLine, message: "`\(object.kind)` `\(object.displayName)` binds `cluster-admin`.",
                          identity: "\(object.identity)|roleRef")]
    }
}

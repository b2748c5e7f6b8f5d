import InfragateParsers

/// Reading Secrets through the API reads every credential of the namespace (or cluster).
struct RBACSecretsAccess: Rule {
    private static let readVerbs: Set<String> = ["get", "list", "watch", "*"]

    let description = RuleDescription(
        id: "K8S-RBAC-SECRETS-READ", title: "RBAC rule grants read access to Secrets", severity: .medium, cwe: 285,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes access control › Least-privilege RBAC",
        rationale: "`get`, `list` or `watch` on `secrets` exposes every credential in scope (service account tokens included, on older clusters), which often leads to wider access. Medium: sometimes needed, always worth a review.",
        recommendation: "Grant access to named Secrets only (`resourceNames`), or mount the one Secret the workload needs instead of reading it through the API.",
        equivalents: [.kubeLinter("access-to-secrets")],
        triggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: reader
              namespace: web
            rules:
              - apiGroups: [""]
            ↓    resources: [configmaps, secrets]
                verbs: [get, list]
            """],
        nonTriggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: reader
              namespace: web
            rules:
              - apiGroups: [""]
                resources: [secrets]
                resourceNames: [web-tls]
                verbs: [get]
              - apiGroups: [""]
                resources: [secrets]
                verbs: [create]
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        RBACPolicyRule.all(in: object).compactMap { rule in
            guard let entry = rule.entry("resources"), rule.values("resources").contains("secrets"),
                  rule.node["resourceNames"] == nil,
                  !Self.readVerbs.isDisjoint(with: rule.values("verbs")) else { return nil }
            return Violation(line: entry.keyLine, message: "`\(object.kind)` `\(object.displayName)` can read every Secret in scope.",
                             identity: rule.identity("secrets-read"))
        }
    }
}

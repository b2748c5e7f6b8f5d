import InfragateParsers

/// `*` in a Role grants today's and tomorrow's verbs, resources or API groups.
struct RBACWildcard: Rule {
    let description = RuleDescription(
        id: "K8S-RBAC-WILDCARD", title: "RBAC rule uses a wildcard", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes access control › Least-privilege RBAC",
        rationale: "`*` in `verbs`, `resources` or `apiGroups` grants everything, including resources and verbs added later (custom resources, `escalate`). High: it is rarely what was meant and often amounts to cluster admin.",
        recommendation: "List the exact verbs, resources and API groups the subject needs.",
        equivalents: [.checkov("CKV_K8S_49"), .kubeLinter("wildcard-in-rules"), .trivy("AVD-KSV-0044"), .trivy("AVD-KSV-0045"), .trivy("AVD-KSV-0046")],
        triggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: deployer
            rules:
            ↓  - apiGroups: ["*"]
                resources: [deployments]
            ↓    verbs: ["*"]
            """],
        nonTriggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: deployer
              namespace: web
            rules:
              - apiGroups: [apps]
                resources: [deployments]
                verbs: [get, list, patch]
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        RBACPolicyRule.all(in: object).flatMap { rule in
            ["apiGroups", "resources", "verbs"].compactMap { field -> Violation? in
                guard let entry = rule.entry(field), rule.values(field).contains("*") else { return nil }
                return Violation(line: entry.keyLine, message: "`\(object.kind)` `\(object.displayName)` grants `*` in `\(field)`.",
                                 identity: rule.identity(field))
            }
        }
    }
}

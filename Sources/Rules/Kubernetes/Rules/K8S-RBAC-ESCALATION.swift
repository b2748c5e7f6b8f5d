import InfragateParsers

/// `escalate`, `bind` and `impersonate` let a subject grant itself more than it has.
struct RBACEscalationVerbs: Rule {
    private static let escalationVerbs: Set<String> = ["escalate", "bind", "impersonate"]

    let description = RuleDescription(
        id: "K8S-RBAC-ESCALATION", title: "RBAC rule grants privilege-escalation verbs", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes access control › Least-privilege RBAC",
        rationale: "`escalate` lets a subject write roles with permissions it lacks, `bind` lets it bind any role, `impersonate` lets it act as any user or group. Each is a path to cluster admin. High.",
        recommendation: "Remove these verbs; keep them to the few controllers that manage RBAC, and restrict them with `resourceNames`.",
        equivalents: [.trivy("AVD-KSV-0043")],
        triggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: helper
            rules:
              - apiGroups: [""]
                resources: [users, groups]
            ↓    verbs: [impersonate]
            """],
        nonTriggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: helper
            rules:
              - apiGroups: [""]
                resources: [pods]
                verbs: [get, list]
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        RBACPolicyRule.all(in: object).compactMap { rule in
            let granted = Self.escalationVerbs.intersection(rule.values("verbs")).sorted()
            guard let entry = rule.entry("verbs"), !granted.isEmpty else { return nil }
            return Violation(line: entry.keyLine,
                             message: "`\(object.kind)` `\(object.displayName)` grants \(granted.map { "`\($0)`" }.joined(separator: ", ")).",
                             identity: rule.identity("escalation:\(granted.joined(separator: ","))"))
        }
    }
}

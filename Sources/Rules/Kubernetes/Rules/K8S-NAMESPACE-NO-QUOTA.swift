import InfragateParsers

/// A namespace without ResourceQuota or LimitRange lets one team's pods take the whole cluster.
struct NamespaceWithoutQuota: Rule {
    let description = RuleDescription(
        id: "K8S-NAMESPACE-NO-QUOTA", title: "Namespace has no ResourceQuota or LimitRange", severity: .low, cwe: 770,
        checklist: "Kubernetes namespace hygiene › Namespaces have quotas",
        rationale: "Without a ResourceQuota or LimitRange nothing bounds what the namespace's pods consume, so a runaway deployment or a compromised one can exhaust the cluster. The whole tree under review is searched. Low: availability.",
        recommendation: "Add a ResourceQuota (and a LimitRange for default container limits) to the namespace.",
        triggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
            ↓  name: payments
            """,
            RuleExample("""
            apiVersion: v1
            kind: Namespace
            metadata:
            ↓  name: payments
            """, neighbours: ["quotas/web.yaml": Self.quota(namespace: "web")]),
        ],
        nonTriggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: compute
              namespace: payments
            spec:
              hard: {requests.cpu: "4", limits.memory: 8Gi}
            """,
            RuleExample("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
            """, neighbours: ["quotas/payments.yaml": Self.quota(namespace: "payments")]),
        ])

    /// A ResourceQuota kept in its own file.
    private static func quota(namespace: String) -> String {
        """
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: compute
          namespace: \(namespace)
        spec:
          hard: {requests.cpu: "4", limits.memory: 8Gi}
        """
    }

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard object.kind == "Namespace", !object.name.isEmpty, !input.tree.hasQuota(inNamespace: object.name) else { return [] }
        return [Violation(line: object.root["metadata"]?.entry("name")?.keyLine ?? object.line,
                          message: "Namespace `\(object.displayName)` has no ResourceQuota or LimitRange in the tree.",
                          identity: "\(object.identity)|quota")]
    }
}

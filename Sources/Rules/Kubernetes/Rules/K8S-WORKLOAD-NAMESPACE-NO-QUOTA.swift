import InfragateParsers

/// A workload placed in a namespace that no ResourceQuota or LimitRange of the tree bounds.
struct WorkloadNamespaceWithoutQuota: Rule {
    /// Namespaces the cluster itself creates and runs its own components in.
    private static let systemNamespaces: Set<String> = ["kube-system", "kube-public", "kube-node-lease"]

    let description = RuleDescription(
        id: "K8S-WORKLOAD-NAMESPACE-NO-QUOTA", title: "Workload's namespace has no ResourceQuota or LimitRange", severity: .low, cwe: 770,
        checklist: "Kubernetes namespace hygiene › Namespaces have quotas",
        rationale: """
            Without a ResourceQuota or LimitRange in its namespace nothing bounds what the workload and its \
            neighbours consume, so a runaway or compromised deployment can exhaust the cluster. The whole tree \
            under review is searched. Reported only for a workload that names its namespace (one applied to \
            whatever namespace the deployer chooses is not known to lack one), outside the cluster's own \
            namespaces, and only when the tree has no Namespace object of that name, where \
            `K8S-NAMESPACE-NO-QUOTA` reports it once. Low: availability.
            """,
        recommendation: "Add a ResourceQuota (and a LimitRange for default container limits) to the namespace.",
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            ↓  namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """],
        nonTriggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["quotas/payments.yaml": """
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: defaults
              namespace: payments
            spec:
              limits:
                - type: Container
                  default: {cpu: 500m, memory: 256Mi}
            """]),
            // The namespace is in the tree: K8S-NAMESPACE-NO-QUOTA reports it there, once.
            RuleExample("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - {name: migrate, image: "registry.example.com/migrate:1.0"}
            """, neighbours: ["namespaces/payments.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n"]),
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kube-proxy
              namespace: kube-system
            spec:
              containers:
                - {name: kube-proxy, image: "registry.k8s.io/kube-proxy:v1.31.2"}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - {name: web, image: "registry.example.com/web:1.0"}
            """,
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard object.workload != nil, let namespace = object.namespace, !Self.systemNamespaces.contains(namespace),
              !input.tree.hasQuota(inNamespace: namespace), !input.tree.definesNamespace(named: namespace) else { return [] }
        return [Violation(line: object.root["metadata"]?.entry("namespace")?.keyLine ?? object.line,
                          message: "`\(object.kind)` `\(object.name)` runs in namespace `\(namespace)`, which no ResourceQuota or LimitRange in the repository bounds.",
                          identity: "\(object.identity)|namespace-quota")]
    }
}

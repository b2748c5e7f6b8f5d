import InfragateParsers

/// Without any NetworkPolicy in its namespace, a pod accepts traffic from every pod of the cluster.
struct MissingNetworkPolicy: Rule {
    let description = RuleDescription(
        id: "K8S-NO-NETWORK-POLICY", title: "Workload's namespace has no NetworkPolicy", severity: .medium, cwe: 923,
        checklist: "Kubernetes network › Namespaces isolated by NetworkPolicy",
        rationale: "Kubernetes networking is flat: unless a NetworkPolicy selects a pod, every other pod in the cluster can reach it, so one compromised workload can probe them all. The whole tree under review is searched, not only the changed files. Medium. Host-network pods are not reported: no NetworkPolicy can select them, and `K8S-HOST-NETWORK` reports the host network itself.",
        recommendation: "Add a default-deny NetworkPolicy to the namespace, then allow the traffic the workload needs.",
        equivalents: [.kubeLinter("non-isolated-pod")],
        triggering: ["""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: web
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """,
            RuleExample("""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
            """, neighbours: ["policies/web.yaml": Self.defaultDeny(namespace: "web")]),
        ],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: payments
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """, """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: node-agent
              namespace: monitoring
            spec:
              template:
                spec:
                  hostNetwork: true
                  containers:
                    - name: agent
                      image: agent:1.4
            """,
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
                    - name: api
                      image: api:2.1
            """, neighbours: ["policies/payments.yaml": Self.defaultDeny(namespace: "payments")]),
        ])

    /// A default-deny NetworkPolicy kept in its own file, as most repositories keep them.
    private static func defaultDeny(namespace: String) -> String {
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: \(namespace)
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        """
    }

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        // A host-network pod is not selectable by NetworkPolicy at all; K8S-HOST-NETWORK says so.
        guard let workload = object.workload, workload.spec["hostNetwork"]?.bool != true,
              !input.tree.hasNetworkPolicy(inNamespace: object.namespace) else { return [] }
        let namespace = object.namespace.map { "namespace `\($0)`" } ?? "its namespace"
        return [Violation(line: object.line, message: "No NetworkPolicy in the tree covers \(namespace) of `\(object.kind)` `\(object.displayName)`.",
                          identity: "\(object.identity)|network-policy")]
    }
}

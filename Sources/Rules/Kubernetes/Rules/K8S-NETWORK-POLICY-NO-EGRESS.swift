import InfragateParsers

/// A namespace-wide ingress default-deny with nothing governing egress: isolation in one direction only.
struct DefaultDenyWithoutEgress: Rule {
    let description = RuleDescription(
        id: "K8S-NETWORK-POLICY-NO-EGRESS", title: "Namespace denies ingress by default but leaves egress open", severity: .medium, cwe: 923,
        checklist: "Kubernetes network › NetworkPolicies cover egress as well as ingress",
        rationale: """
            A NetworkPolicy selecting every pod (`podSelector: {}`) for `Ingress` only is the namespace's default \
            deny, but pods stay free to connect anywhere: a compromised pod reaches the cloud metadata service, the \
            API server, other namespaces' databases and the internet to exfiltrate data or fetch tooling. Without \
            `policyTypes`, a policy controls egress only when it has an `egress` section. Reported when no \
            NetworkPolicy of the same namespace, anywhere in the tree, selects every pod for `Egress`. Medium.
            """,
        recommendation: "Add `Egress` to the default-deny's `policyTypes` (and allow DNS and the needed peers in other policies), or add a namespace-wide egress policy beside it.",
        equivalents: [.kubescape("C-0030")],
        triggering: ["""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
            ↓  policyTypes: [Ingress]
            """,
            """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            ↓spec:
              podSelector: {}
            """,
            // An egress policy for some pods only leaves the others open.
            RuleExample("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {matchLabels: {}}
            ↓  policyTypes:
                - Ingress
            """, neighbours: ["k8s/api-egress.yaml": """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: api-egress
              namespace: shop
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - to: [{podSelector: {matchLabels: {app: db}}}]
            """]),
        ],
        nonTriggering: [
            """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """,
            // The egress default-deny kept in its own file.
            RuleExample("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: deny-ingress
              namespace: shop
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """, neighbours: ["k8s/deny-egress.yaml": """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: deny-egress
              namespace: shop
            spec:
              podSelector: {}
              egress:
                - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]
                  ports: [{port: 53, protocol: UDP}]
            """]),
            // A policy for some pods is not the namespace's default deny.
            """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web-ingress
              namespace: shop
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Ingress]
              ingress:
                - from: [{podSelector: {matchLabels: {app: proxy}}}]
            """,
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard let scope = NetworkPolicyScope(object), scope.selectsEveryPod, scope.controlsIngress, !scope.controlsEgress,
              !input.tree.hasNamespaceWideEgressPolicy(inNamespace: object.namespace) else { return [] }
        let namespace = object.namespace.map { "namespace `\($0)`" } ?? "its namespace"
        return [Violation(line: scope.line,
                          message: "NetworkPolicy `\(object.name)` denies ingress to every pod of \(namespace), but no NetworkPolicy there selects every pod for egress: pods may connect anywhere.",
                          identity: "\(object.identity)|no-egress")]
    }
}

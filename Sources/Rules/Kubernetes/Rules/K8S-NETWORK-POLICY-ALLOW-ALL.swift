import InfragateParsers

/// A NetworkPolicy rule with no peers allows everything, undoing the isolation it appears to add.
struct AllowAllNetworkPolicy: Rule {
    let description = RuleDescription(
        id: "K8S-NETWORK-POLICY-ALLOW-ALL", title: "NetworkPolicy allows all traffic", severity: .medium, cwe: 923,
        checklist: "Kubernetes network › Namespaces isolated by NetworkPolicy",
        rationale: "An `ingress` or `egress` rule without `from`/`to` (for example `- {}`) matches every peer: the policy looks like isolation but allows all traffic in that direction. Medium.",
        recommendation: "List the allowed peers (`podSelector`, `namespaceSelector`, `ipBlock`) in each rule.",
        triggering: ["""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: open
              namespace: web
            spec:
              podSelector: {}
              ingress:
            ↓    - {}
              egress:
            ↓    - ports:
                    - port: 443
            """],
        nonTriggering: ["""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: frontend
              namespace: web
            spec:
              podSelector: {matchLabels: {app: api}}
              ingress:
                - from:
                    - podSelector: {matchLabels: {app: frontend}}
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: api-egress
              namespace: web
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Egress]
              egress:
                - to:
                    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}
                  ports:
                    - port: 443
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "NetworkPolicy" else { return [] }
        return [("ingress", "from"), ("egress", "to")].flatMap { direction, peers in
            (object.root["spec"]?[direction]?.items ?? []).compactMap { rule -> Violation? in
                guard rule.isMapping, rule[peers]?.items.isEmpty ?? true else { return nil }
                return Violation(line: rule.firstKeyLine, message: "NetworkPolicy `\(object.displayName)` allows \(direction) \(peers) any peer (a `spec.\(direction)` rule without `\(peers)`).",
                                 identity: "\(object.identity)|\(direction)-all")
            }
        }
    }
}

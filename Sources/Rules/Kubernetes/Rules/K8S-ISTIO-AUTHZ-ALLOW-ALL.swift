import InfragateParsers

/// An ALLOW AuthorizationPolicy with an empty rule admits every request to the workloads it selects.
struct IstioAuthorizationAllowAll: Rule {
    let description = RuleDescription(
        id: "K8S-ISTIO-AUTHZ-ALLOW-ALL", title: "Istio AuthorizationPolicy allows every request", severity: .medium, cwe: 284,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes network › Service-to-service traffic mutually authenticated",
        rationale: "A rule with no `from`, `to` or `when` (`rules: [{}]`) matches every request, and the action defaults to `ALLOW`: any caller, authenticated or not, reaches the selected workloads, and since one matching ALLOW policy is enough, the narrower ALLOW policies beside it stop restricting anything. (A policy with no `rules` at all matches nothing, and so denies.) Medium: DENY policies still apply.",
        recommendation: "Say who may call what: `from.source.principals` (or `namespaces`) and `to.operation.methods`/`paths` in each rule.",
        triggering: ["""
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: allow-all
              namespace: payments
            spec:
              rules:
            ↓    - {}
            """, """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: ledger-callers
              namespace: payments
            spec:
              action: ALLOW
              rules:
            ↓    - from: []
            """],
        nonTriggering: [
            """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: ledger-callers
              namespace: payments
            spec:
              selector:
                matchLabels:
                  app: ledger
              action: ALLOW
              rules:
                - from:
                    - source:
                        principals: ["cluster.local/ns/payments/sa/checkout"]
                  to:
                    - operation:
                        methods: [GET, POST]
            """,
            """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: deny-all
              namespace: payments
            spec: {}
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "AuthorizationPolicy", object.root["apiVersion"]?.string?.hasPrefix("security.istio.io/") == true,
              let spec = object.root["spec"], (spec["action"]?.string ?? "ALLOW") == "ALLOW" else { return [] }
        return (spec["rules"]?.items ?? []).enumerated().compactMap { index, rule in
            // A rule matches everything when none of its conditions is written (a key with an empty list counts as absent).
            guard rule.isMapping, ["from", "to", "when"].allSatisfy({ rule[$0]?.items.isEmpty != false }) else { return nil }
            return Violation(line: rule.firstKeyLine, message: "`AuthorizationPolicy` `\(object.displayName)` rule \(index + 1) has no condition and allows every request.",
                             identity: "\(object.identity)|rule \(index)")
        }
    }
}

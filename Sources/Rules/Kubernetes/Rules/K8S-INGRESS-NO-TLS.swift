import InfragateParsers

/// An Ingress without `tls` serves its hosts over plain HTTP.
struct IngressWithoutTLS: Rule {
    let description = RuleDescription(
        id: "K8S-INGRESS-NO-TLS", title: "Ingress without TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Ingress traffic encrypted",
        rationale: "Without a `tls` section the Ingress serves plain HTTP: credentials and session cookies cross the network readable and alterable. Medium.",
        recommendation: "Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue it).",
        triggering: ["""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            ↓spec:
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: web, port: {number: 80}}}
            """],
        nonTriggering: ["""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              tls:
                - hosts: [shop.example.com]
                  secretName: shop-tls
              rules:
                - host: shop.example.com
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Ingress", let spec = object.root.entry("spec"),
              spec.value["tls"]?.items.isEmpty ?? true else { return [] }
        return [Violation(line: spec.keyLine, message: "Ingress `\(object.name)` has no `tls` section.",
                          identity: "\(object.identity)|tls")]
    }
}

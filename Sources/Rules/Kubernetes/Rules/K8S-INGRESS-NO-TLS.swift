import InfragateParsers

/// An Ingress without `tls` serves its hosts over plain HTTP.
struct IngressWithoutTLS: Rule {
    /// Annotations with which the cloud's load balancer terminates TLS with certificates it holds
    /// (GKE ManagedCertificates or pre-shared certificates, AWS ACM, Azure Application Gateway).
    private static let loadBalancerCertificates = [
        "networking.gke.io/managed-certificates", "ingress.gcp.kubernetes.io/pre-shared-cert",
        "alb.ingress.kubernetes.io/certificate-arn", "appgw.ingress.kubernetes.io/appgw-ssl-certificate",
    ]

    let description = RuleDescription(
        id: "K8S-INGRESS-NO-TLS", title: "Ingress without TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Ingress traffic encrypted",
        rationale: "Without a `tls` section the Ingress serves plain HTTP: credentials and session cookies cross the network readable and alterable. Medium. A certificate the cloud's load balancer holds (the GKE `networking.gke.io/managed-certificates` and `ingress.gcp.kubernetes.io/pre-shared-cert`, AWS `alb.ingress.kubernetes.io/certificate-arn` and Azure `appgw.ingress.kubernetes.io/appgw-ssl-certificate` annotations) terminates TLS without a `tls` section, so it is not reported; a `cert-manager.io/*` annotation is, because cert-manager only issues certificates for the hosts listed in `tls`.",
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
            """, """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                cert-manager.io/cluster-issuer: letsencrypt
            ↓spec:
              rules:
                - host: shop.example.com
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
            """, """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              annotations:
                networking.gke.io/managed-certificates: shop-certificate
                kubernetes.io/ingress.class: gce
            spec:
              rules:
                - host: shop.example.com
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Ingress", let spec = object.root.entry("spec"),
              spec.value["tls"]?.items.isEmpty ?? true,
              !Self.loadBalancerCertificates.contains(where: { !(object.root["metadata"]?["annotations"]?[$0]?.string ?? "").isEmpty })
        else { return [] }
        return [Violation(line: spec.keyLine, message: "Ingress `\(object.displayName)` has no `spec.tls` section and no load balancer certificate annotation.",
                          identity: "\(object.identity)|tls")]
    }
}

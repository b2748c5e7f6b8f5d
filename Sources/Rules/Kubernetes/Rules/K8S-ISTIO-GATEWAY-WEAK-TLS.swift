import InfragateParsers

/// TLS 1.0 and 1.1 on an Istio Gateway keep protocols every current client has dropped.
struct IstioGatewayWeakTLS: Rule {
    private static let weakVersions: Set<String> = ["TLSV1_0", "TLSV1_1"]

    let description = RuleDescription(
        id: "K8S-ISTIO-GATEWAY-WEAK-TLS", title: "Istio Gateway accepts TLS 1.0 or 1.1", severity: .low, cwe: 327,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Ingress traffic encrypted",
        rationale: "`tls.minProtocolVersion: TLSV1_0` or `TLSV1_1` on a Gateway server lets a client (or an attacker downgrading it) negotiate protocols deprecated by RFC 8996, with their CBC and SHA-1 constructions. Left out (or `TLS_AUTO`), current Istio releases use TLS 1.2. Low: modern clients still negotiate TLS 1.2 or 1.3.",
        recommendation: "Remove `minProtocolVersion` or set it to `TLSV1_2` (or `TLSV1_3`).",
        triggering: ["""
            apiVersion: networking.istio.io/v1
            kind: Gateway
            metadata:
              name: shop
              namespace: istio-ingress
            spec:
              selector:
                istio: ingressgateway
              servers:
                - port:
                    number: 443
                    name: https
                    protocol: HTTPS
                  hosts: [shop.example.com]
                  tls:
                    mode: SIMPLE
                    credentialName: shop-example-com
            ↓        minProtocolVersion: TLSV1_0
            """],
        nonTriggering: ["""
            apiVersion: networking.istio.io/v1
            kind: Gateway
            metadata:
              name: shop
              namespace: istio-ingress
            spec:
              selector:
                istio: ingressgateway
              servers:
                - port:
                    number: 443
                    name: https
                    protocol: HTTPS
                  hosts: [shop.example.com]
                  tls:
                    mode: SIMPLE
                    credentialName: shop-example-com
                    minProtocolVersion: TLSV1_2
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Gateway", object.root["apiVersion"]?.string?.hasPrefix("networking.istio.io/") == true else { return [] }
        return (object.root["spec"]?["servers"]?.items ?? []).compactMap { server in
            guard let entry = server["tls"]?.entry("minProtocolVersion"), let version = entry.value.string,
                  Self.weakVersions.contains(version) else { return nil }
            let number = server["port"]?["number"]?.int.map(String.init) ?? "?"
            return Violation(line: entry.keyLine, message: "`Gateway` `\(object.displayName)` accepts `\(version)` on port \(number).",
                             identity: "\(object.identity)|port:\(number)")
        }
    }
}

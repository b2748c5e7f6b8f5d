import InfragateParsers

/// An Istio Gateway server speaking HTTP that does not redirect serves the application in plain text.
struct IstioGatewayPlainText: Rule {
    /// The protocols a Gateway server speaks without TLS (Istio reads them in any case).
    private static let plainTextProtocols: Set<String> = ["http", "http2", "grpc"]

    let description = RuleDescription(
        id: "K8S-ISTIO-GATEWAY-PLAINTEXT", title: "Istio Gateway serves plain HTTP", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Ingress traffic encrypted",
        rationale: "A Gateway server with `port.protocol: HTTP` (or `HTTP2`, `GRPC`) serves its hosts without TLS unless `tls.httpsRedirect: true` answers every request with a redirect to HTTPS: credentials and session cookies cross the network readable and alterable, the same as an Ingress without `tls`. `httpsRedirect` defaults to `false`. Medium.",
        recommendation: "Serve the hosts on an `HTTPS` server with `tls.mode: SIMPLE` and a `credentialName`, and keep the port-80 server only with `tls.httpsRedirect: true`.",
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
            ↓    - port:
                    number: 80
                    name: http
                    protocol: HTTP
                  hosts: [shop.example.com]
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
                    number: 80
                    name: http
                    protocol: HTTP
                  hosts: [shop.example.com]
                  tls:
                    httpsRedirect: true
                - port:
                    number: 443
                    name: https
                    protocol: HTTPS
                  hosts: [shop.example.com]
                  tls:
                    mode: SIMPLE
                    credentialName: shop-example-com
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Gateway", object.root["apiVersion"]?.string?.hasPrefix("networking.istio.io/") == true else { return [] }
        return (object.root["spec"]?["servers"]?.items ?? []).compactMap { server in
            guard let port = server["port"], let proto = port["protocol"]?.string, Self.plainTextProtocols.contains(proto.lowercased()),
                  server["tls"]?["httpsRedirect"]?.bool != true else { return nil }
            let number = port["number"]?.int.map(String.init) ?? "?"
            return Violation(line: server.firstKeyLine, message: "`Gateway` `\(object.displayName)` serves \(proto) on port \(number) without `tls.httpsRedirect`.",
                             identity: "\(object.identity)|port:\(number)")
        }
    }
}

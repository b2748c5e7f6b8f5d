import InfragateParsers

/// `insecureSkipVerify: true` encrypts to whoever answers: the server's certificate is not checked.
struct IstioTLSSkipVerify: Rule {
    let description = RuleDescription(
        id: "K8S-ISTIO-TLS-SKIP-VERIFY", title: "Istio does not verify the server's certificate", severity: .medium, cwe: 295,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Kubernetes network › Service-to-service traffic mutually authenticated",
        rationale: "`tls.insecureSkipVerify: true` in a DestinationRule (`SIMPLE` or `MUTUAL` origination, for the host, a port or a subset) makes the sidecar accept any certificate, so anyone who can redirect the traffic (DNS, a rogue ServiceEntry, the network path to an external API) reads it and, with `MUTUAL`, receives the client certificate's requests. It defaults to `false`. Medium.",
        recommendation: "Remove `insecureSkipVerify` and give the CA with `caCertificates` or `credentialName`, with `subjectAltNames` for the expected server.",
        triggering: ["""
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: payments-api
              namespace: shop
            spec:
              host: api.payments.example.com
              trafficPolicy:
                tls:
                  mode: SIMPLE
            ↓      insecureSkipVerify: true
            """],
        nonTriggering: ["""
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: payments-api
              namespace: shop
            spec:
              host: api.payments.example.com
              trafficPolicy:
                tls:
                  mode: SIMPLE
                  insecureSkipVerify: false
                  credentialName: payments-api-ca
                  subjectAltNames: [api.payments.example.com]
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        IstioClientTLS.all(in: object).compactMap { tls in
            guard let entry = tls.settings.entry("insecureSkipVerify"), entry.value.bool == true else { return nil }
            return Violation(line: entry.keyLine, message: "`DestinationRule` `\(object.displayName)` sets `insecureSkipVerify: true` for \(tls.scope).",
                             identity: "\(object.identity)|\(tls.scope)")
        }
    }
}

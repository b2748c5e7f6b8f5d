import InfragateParsers

/// `tls.mode: DISABLE` in a DestinationRule sends the traffic to its host in plain text, mTLS or not.
struct IstioDestinationTLSDisabled: Rule {
    let description = RuleDescription(
        id: "K8S-ISTIO-DESTINATION-TLS-DISABLED", title: "Istio sends traffic to a host in plain text", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Service-to-service traffic mutually authenticated",
        rationale: "`trafficPolicy.tls.mode: DISABLE` (for the host, a port under `portLevelSettings` or a subset) makes the client sidecars open plain-text connections, overriding Istio's automatic mTLS: the requests and their credentials cross the network unencrypted and the server sees no workload identity. A `tls` left out keeps automatic mTLS (`ISTIO_MUTUAL` between sidecars). Medium.",
        recommendation: "Remove the `tls` block (automatic mTLS) or set `tls.mode: ISTIO_MUTUAL`; for a host outside the mesh use `SIMPLE` or `MUTUAL`.",
        triggering: ["""
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: ledger
              namespace: payments
            spec:
              host: ledger.payments.svc.cluster.local
              trafficPolicy:
                tls:
            ↓      mode: DISABLE
              subsets:
                - name: canary
                  labels:
                    track: canary
                  trafficPolicy:
                    portLevelSettings:
                      - port:
                          number: 8443
                        tls:
            ↓              mode: DISABLE
            """],
        nonTriggering: ["""
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: ledger
              namespace: payments
            spec:
              host: ledger.payments.svc.cluster.local
              trafficPolicy:
                tls:
                  mode: ISTIO_MUTUAL
                connectionPool:
                  tcp:
                    maxConnections: 100
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        IstioClientTLS.all(in: object).compactMap { tls in
            guard let entry = tls.settings.entry("mode"), entry.value.string == "DISABLE" else { return nil }
            return Violation(line: entry.keyLine, message: "`DestinationRule` `\(object.displayName)` sets `tls.mode: DISABLE` for \(tls.scope).",
                             identity: "\(object.identity)|\(tls.scope)")
        }
    }
}

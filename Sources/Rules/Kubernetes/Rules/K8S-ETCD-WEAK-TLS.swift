import Foundation

extension ControlPlaneFlagRule {
    static let etcdWeakTLS = ControlPlaneFlagRule(
        component: .etcd,
        description: RuleDescription(
            id: "K8S-ETCD-WEAK-TLS", title: "etcd accepts weak TLS cipher suites", severity: .medium, cwe: 327,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Kubernetes control plane › Strong TLS for etcd",
            rationale: "`--cipher-suites` listing CBC, RC4 or 3DES suites lets the API server and etcd peers (or a machine in the middle that downgrades them) speak over ciphers with known attacks and without forward secrecy, on the connection that carries every Secret of the cluster. Medium, as for the API server's `--tls-cipher-suites` (CIS 1.2.29); etcd's own `--tls-min-version` accepts only TLS 1.2 and 1.3. Left unset, Go's defaults apply, which are acceptable and not reported.",
            recommendation: "List only AEAD suites with forward secrecy: `--cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384`.",
            triggering: [
                staticPod("etcd", ["--client-cert-auth=true", "↓--cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]),
                kubeadm("etcd.local", ["↓cipher-suites: TLS_RSA_WITH_3DES_EDE_CBC_SHA"]),
            ],
            nonTriggering: [
                staticPod("etcd", ["--cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "--tls-min-version=TLS1.2"]),
                kubeadm("etcd.local", ["cipher-suites: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]),
            ]),
        problem: { flags in
            guard let suites = flags["cipher-suites"] else { return nil }
            let weak = GoTLSSettings.weakSuites(in: suites.value)
            return weak.isEmpty ? nil : Problem(message: "accepts weak cipher suites: " + weak.map { "`\($0)`" }.joined(separator: ", "), line: suites.line)
        })
}

import Foundation

extension ControlPlaneFlagRule {
    static let apiServerWeakTLS = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-WEAK-TLS", title: "API server accepts weak TLS cipher suites or versions", severity: .medium, cwe: 327,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Kubernetes control plane › Strong TLS for the API server",
            rationale: "`--tls-cipher-suites` listing CBC, RC4 or 3DES suites, or `--tls-min-version` of `VersionTLS10`/`VersionTLS11`, lets a client (or a machine in the middle that downgrades it) talk to the API server over ciphers with known attacks and without forward secrecy: recorded traffic, tokens included, can later be decrypted. Medium (CIS 1.2.29). Left unset, Go's defaults apply, which are acceptable and not reported.",
            recommendation: "List only AEAD suites with forward secrecy (`TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305`) and set `--tls-min-version=VersionTLS12`.",
            equivalents: [.checkov("CKV_K8S_105")],
            triggering: [
                staticPod("kube-apiserver", ["↓--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA"]),
                kubeadm("apiServer", ["↓tls-min-version: VersionTLS10"]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "--tls-min-version=VersionTLS12"]),
                kubeadm("apiServer", ["audit-log-path: /var/log/kubernetes/audit.log"]),
            ]),
        problem: { flags in
            if let suites = flags["tls-cipher-suites"] {
                let weak = GoTLSSettings.weakSuites(in: suites.value)
                if !weak.isEmpty { return Problem(message: "accepts weak cipher suites: " + weak.map { "`\($0)`" }.joined(separator: ", "), line: suites.line) }
            }
            if let minimum = flags["tls-min-version"], GoTLSSettings.isWeakMinimum(minimum.value) {
                return Problem(message: "accepts clients from `\(minimum.value)`", line: minimum.line)
            }
            return nil
        })
}

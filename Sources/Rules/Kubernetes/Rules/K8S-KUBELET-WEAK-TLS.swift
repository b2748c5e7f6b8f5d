import Foundation

extension KubeletSettingRule {
    static let weakTLS = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-WEAK-TLS", title: "Kubelet accepts weak TLS cipher suites or versions", severity: .medium, cwe: 327,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Kubernetes nodes › Strong TLS for the kubelet",
            rationale: "The kubelet's port 10250 serves `exec`, `logs` and pod specs. `tlsCipherSuites` listing CBC, RC4 or 3DES suites, or `tlsMinVersion` of `VersionTLS10`/`VersionTLS11` (and the `--tls-cipher-suites`/`--tls-min-version` flags), lets that traffic be negotiated down to ciphers without forward secrecy or with known attacks. Medium (CIS 4.2.12). Left unset, Go's defaults apply and are not reported.",
            recommendation: "List only AEAD suites with forward secrecy in `tlsCipherSuites` and set `tlsMinVersion: VersionTLS12`.",
            equivalents: [.checkov("CKV_K8S_151"), .kubescape("C-0184")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                tlsCipherSuites:
                  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                  - TLS_RSA_WITH_3DES_EDE_CBC_SHA
                ↓tlsMinVersion: VersionTLS11
                """, kubeadmJoin(#"tls-cipher-suites: "TLS_RSA_WITH_AES_128_CBC_SHA""#)],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                tlsCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384]
                tlsMinVersion: VersionTLS12
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                readOnlyPort: 0
                """,
            ]),
        problem: { configuration in
            if let minimum = configuration.entry("tlsMinVersion"), let version = minimum.value.string, GoTLSSettings.isWeakMinimum(version) {
                return Problem(message: "sets `tlsMinVersion: \(version)`", line: minimum.keyLine)
            }
            guard let suites = configuration.entry("tlsCipherSuites") else { return nil }
            let weak = GoTLSSettings.weakSuites(in: suites.value.items.compactMap(\.string))
            guard !weak.isEmpty else { return nil }
            return Problem(message: "accepts weak cipher suites: " + weak.map { "`\($0)`" }.joined(separator: ", "), line: suites.keyLine)
        },
        flag: Flag(name: "tls-cipher-suites") { !GoTLSSettings.weakSuites(in: $0).isEmpty })
}

import InfragateParsers

/// `identity` first in the providers of Secrets writes every new Secret unencrypted.
struct EncryptionIdentityFirst: Rule {
    let description = RuleDescription(
        id: "K8S-ENCRYPTION-IDENTITY-FIRST", title: "Secrets are written with the identity provider", severity: .high, cwe: 311,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes control plane › Secrets encrypted at rest (etcd)",
        rationale: "The first provider of a resource list writes; the others only read. With `identity` first (often left there after a rotation, or put there to decrypt), every Secret created or updated is stored in etcd as plain base64 even though encryption keys are configured. High (CIS 1.2.27).",
        recommendation: "Put `kms` (v2), `aesgcm` or `secretbox` first and keep `identity` last, only to read what was written before encryption.",
        equivalents: [.kubescape("C-0142")],
        triggering: ["""
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
            ↓      - identity: {}
                  - secretbox:
                      keys:
                        - name: key1
                          secret: ${SECRETBOX_KEY}
            """],
        nonTriggering: [
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
                  - secretbox:
                      keys:
                        - name: key1
                          secret: ${SECRETBOX_KEY}
                  - identity: {}
            """,
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [events]
                providers:
                  - identity: {}
              - resources: [secrets]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let configuration = EncryptionConfiguration(object), let list = configuration.list(deciding: "secrets"),
              let writer = list.providers.first, writer.type == "identity" else { return [] }
        return [Violation(line: writer.line, message: "`EncryptionConfiguration` writes `secrets` with its first provider, `identity` (unencrypted).",
                          identity: object.identity)]
    }
}

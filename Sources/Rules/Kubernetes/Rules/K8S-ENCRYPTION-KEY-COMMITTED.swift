import InfragateParsers

/// An encryption key written into the file is in git next to the etcd it protects.
struct EncryptionKeyCommitted: Rule {
    let description = RuleDescription(
        id: "K8S-ENCRYPTION-KEY-COMMITTED", title: "Encryption configuration commits its key", severity: .high, cwe: 321,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes secrets › Encryption keys kept out of the repository",
        rationale: "`aescbc`, `aesgcm` and `secretbox` keys are the base64 `secret` of each key entry: committed, they let anyone with the repository (and its history, forever) decrypt an etcd backup, which is exactly what encryption at rest was meant to protect. Only values the API server accepts as keys (base64 of 16, 24 or 32 bytes) are reported, never their text. High.",
        recommendation: "Render the file on the control-plane hosts from a secret store (or a placeholder substituted at deploy time), use `kms` v2 so no key is in the file, and rotate a key that was committed.",
        triggering: ["""
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
                  - secretbox:
                      keys:
                        - name: key1
            ↓              secret: YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY=
                  - identity: {}
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
              - resources: [secrets]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let configuration = EncryptionConfiguration(object) else { return [] }
        return configuration.keys.filter(\.isKeyMaterial).map { key in
            let name = key.name.isEmpty ? "" : " `\(key.name)`"
            return Violation(line: key.secret.keyLine, message: "`EncryptionConfiguration` commits the `\(key.providerType)` key\(name).",
                             identity: "\(object.identity)|\(key.providerType)|\(key.name)")
        }
    }
}

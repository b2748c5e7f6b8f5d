import InfragateParsers

/// An encryption configuration that never names `secrets` leaves them in etcd as plain text.
struct EncryptionSecretsNotCovered: Rule {
    let description = RuleDescription(
        id: "K8S-ENCRYPTION-SECRETS-NOT-COVERED", title: "Encryption configuration does not cover Secrets", severity: .high, cwe: 311,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes control plane › Secrets encrypted at rest (etcd)",
        rationale: "The API server encrypts only the resources an `EncryptionConfiguration` lists (by name, `*.` for the core group or `*.*` for all); a file that lists `configmaps` or `events` but not `secrets` satisfies `--encryption-provider-config` while every Secret is still written to etcd as base64 text. High (CIS 1.2.27).",
        recommendation: "Add `secrets` to a `resources` list whose first provider is `kms` (v2), `aesgcm` or `secretbox`.",
        triggering: ["""
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            ↓resources:
              - resources: [configmaps]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
            """],
        nonTriggering: [
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets, configmaps]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
                  - identity: {}
            """,
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: ["*.*"]
                providers:
                  - kms:
                      apiVersion: v2
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let configuration = EncryptionConfiguration(object), configuration.list(deciding: "secrets") == nil else { return [] }
        return [Violation(line: configuration.resourcesLine, message: "`EncryptionConfiguration` lists no resource entry for `secrets` (nor `*.` or `*.*`).",
                          identity: object.identity)]
    }
}

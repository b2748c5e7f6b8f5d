import InfragateParsers

/// `aescbc` and KMS v1 still encrypt, but are the providers upstream tells people to move off.
struct EncryptionWeakProvider: Rule {
    let description = RuleDescription(
        id: "K8S-ENCRYPTION-WEAK-PROVIDER", title: "Secrets are encrypted with a discouraged provider", severity: .low, cwe: 327,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes control plane › Secrets encrypted at rest (etcd)",
        rationale: "Upstream no longer recommends `aescbc` (CBC is open to padding-oracle attacks, and its key sits in this file on every control-plane host) and deprecates KMS v1 (a `kms` provider without `apiVersion: v2`, which defaults to v1, is off by default from 1.29). Low: Secrets are still encrypted.",
        recommendation: "Use `kms` with `apiVersion: v2` (keys held by an external KMS), or `secretbox`/`aesgcm` with key rotation, as the first provider of `secrets`.",
        equivalents: [.kubescape("C-0142")],
        triggering: [
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
            ↓      - aescbc:
                      keys:
                        - name: key1
                          secret: ${AESCBC_KEY}
                  - identity: {}
            """,
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
            ↓      - kms:
                      name: vault
                      endpoint: unix:///var/run/kms/socket.sock
                      cachesize: 1000
            """,
        ],
        nonTriggering: [
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
                  - aescbc:
                      keys:
                        - name: old
                          secret: ${AESCBC_KEY}
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let configuration = EncryptionConfiguration(object), let writer = configuration.list(deciding: "secrets")?.providers.first else {
            return []
        }
        switch writer.type {
        case "aescbc":
            return [Violation(line: writer.line, message: "`EncryptionConfiguration` encrypts `secrets` with `aescbc`.", identity: object.identity)]
        case "kms" where (writer.settings["apiVersion"]?.string ?? "v1") != "v2":
            return [Violation(line: writer.line, message: "`EncryptionConfiguration` encrypts `secrets` with KMS v1 (no `apiVersion: v2`).",
                              identity: object.identity)]
        default:
            return []
        }
    }
}

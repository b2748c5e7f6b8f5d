extension SecretDetector {
    static let vaultBatchToken = SecretDetector(
        id: "SECRET-VAULT-BATCH-TOKEN", title: "HashiCorp Vault batch token",
        grants: "reading and writing the Vault secrets its policies allow until it expires",
        revoke: "rotate what its policies expose; batch tokens cannot be revoked before they expire",
        equivalents: [.gitleaks("vault-batch-token"), .trufflehog("Vault")],
        finder: TokenFormat(prefixes: ["hvb."], [.init(.base64URL, 138...300)], minimumEntropy: 4.0),
        triggering: [
            "↓VAULT_BATCH_TOKEN=hvb.8jQlJ2sQ9pgLLSWIRqSES0kpjiDYRSW_3XyKCkPzHPEj1OyO5teqXhbYaKP1lNXMHiDyNkXqdktfVOtDbBFGTa6eMOH49Rbc6LyOsyQkYLRHb0BROhfGSwodcmke_alQwRfkyiaLVe",
            "# HashiCorp Vault batch token\nclient:\n↓  vault_batch_token: \"hvb.8jQlJ2sQ9pgLLSWIRqSES0kpjiDYRSW_3XyKCkPzHPEj1OyO5teqXhbYaKP1lNXMHiDyNkXqdktfVOtDbBFGTa6eMOH49Rbc6LyOsyQkYLRHb0BROhfGSwodcmke_alQwRfkyiaLVe\"",
        ],
        nonTriggering: [
            "VAULT_BATCH_TOKEN=${VAULT_BATCH_TOKEN}",
            "VAULT_BATCH_TOKEN=hvb.8jQlJ2sQ9pgLLSWIRqSES0kpjiDYRSW_3XyKCkPzHPEj1OyO5teqXhbYaKP1lNXMHiDyNkXqdktfVOtDbBFGTa6eMOH49Rbc6LyOsyQkYLRHb0BROhfGSwodcmke_alQwRfkyiaLV",
        ])
}

extension SecretDetector {
    static let vaultServiceToken = SecretDetector(
        id: "SECRET-VAULT-SERVICE-TOKEN", title: "HashiCorp Vault service token",
        grants: "reading and writing the Vault secrets its policies allow",
        revoke: "`vault token revoke` (or the Vault UI), then rotate what it read",
        equivalents: [.gitleaks("vault-service-token"), .trufflehog("Vault")],
        finder: TokenFormat(prefixes: ["hvs."], [.init(.base64URL, 90...120)], minimumEntropy: 4.0),
        triggering: [
            "↓VAULT_TOKEN=hvs.0HGTZeUwTI3G2I5XjWjpO8onfShrJGFlFibkXJgxa9_c_pAr-_5XxhQV7yFTDL2IJVE7lQMkxnWmuhnmU3zeAJa7I0",
            "# HashiCorp Vault service token\nclient:\n↓  vault_token: \"hvs.0HGTZeUwTI3G2I5XjWjpO8onfShrJGFlFibkXJgxa9_c_pAr-_5XxhQV7yFTDL2IJVE7lQMkxnWmuhnmU3zeAJa7I0\"",
        ],
        nonTriggering: [
            "VAULT_TOKEN=${VAULT_TOKEN}",
            "VAULT_TOKEN=hvs.0HGTZeUwTI3G2I5XjWjpO8onfShrJGFlFibkXJgxa9_c_pAr-_5XxhQV7yFTDL2IJVE7lQMkxnWmuhnmU3zeAJa7I",
        ])
}

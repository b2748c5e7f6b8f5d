extension RequiredSettingRule {
    static let azureKeyVaultKeyRotation = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-KEY-NO-ROTATION", title: "Key Vault key has no automatic rotation", severity: .low, cwe: 324,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Encryption keys are rotated",
            rationale: "Without a rotation policy, a key version protects everything written with it until someone rotates it by hand. Low.",
            recommendation: "Add `rotation_policy { automatic { time_before_expiry = \"P30D\" } expire_after = \"P90D\" }`.",
            equivalents: [.kics("Azure Key Vault Key Rotation Disabled")],
            triggering: [
                """
                ↓resource "azurerm_key_vault_key" "data" {
                  name         = "data"
                  key_vault_id = azurerm_key_vault.main.id
                  key_type     = "RSA"
                  key_size     = 3072
                  key_opts     = ["wrapKey", "unwrapKey"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_key_vault_key" "data" {
                  name         = "data"
                  key_vault_id = azurerm_key_vault.main.id
                  key_type     = "RSA"
                  key_size     = 3072
                  key_opts     = ["wrapKey", "unwrapKey"]
                  rotation_policy {
                    automatic {
                      time_before_expiry = "P30D"
                    }
                    expire_after = "P90D"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault_key"], alternatives: [["rotation_policy", "automatic"]],
        problem: "is never rotated automatically")
}

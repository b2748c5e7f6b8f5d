extension ResourceSettingRule {
    static let azureKeyVaultKeyExpiry = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-KEY-NO-EXPIRY", title: "Key Vault key has no expiration date", severity: .low, cwe: 324,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Encryption keys are rotated",
            rationale: "A key without an expiration date can stay in use forever, so nothing forces it to be rotated. Low.",
            recommendation: "Set `expiration_date` (and a `rotation_policy` that renews the key before it).",
            equivalents: [.checkov("CKV_AZURE_40"), .kics("Key Expiration Not Set")],
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
                  name            = "data"
                  key_vault_id    = azurerm_key_vault.main.id
                  key_type        = "RSA"
                  key_size        = 3072
                  key_opts        = ["wrapKey", "unwrapKey"]
                  expiration_date = "2027-12-31T00:00:00Z"
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault_key"], setting: ["expiration_date"],
        expectation: .present, problem: "never expires")
}

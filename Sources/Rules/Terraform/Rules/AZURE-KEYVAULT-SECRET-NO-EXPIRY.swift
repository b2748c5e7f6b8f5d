extension ResourceSettingRule {
    static let azureKeyVaultSecretExpiry = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-SECRET-NO-EXPIRY", title: "Key Vault secret has no expiration date", severity: .low, cwe: 324,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Secrets › Secrets are rotated",
            rationale: "A secret without an expiration date is never forced to be rotated, so a leaked copy stays valid. Low.",
            recommendation: "Set `expiration_date` and rotate the secret before it.",
            equivalents: [.checkov("CKV_AZURE_41"), .kics("Secret Expiration Not Set")],
            triggering: [
                """
                ↓resource "azurerm_key_vault_secret" "db" {
                  name         = "db-password"
                  key_vault_id = azurerm_key_vault.main.id
                  value        = random_password.db.result
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_key_vault_secret" "db" {
                  name            = "db-password"
                  key_vault_id    = azurerm_key_vault.main.id
                  value           = random_password.db.result
                  expiration_date = "2027-06-30T00:00:00Z"
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault_secret"], setting: ["expiration_date"],
        expectation: .present, problem: "never expires")
}

extension ResourceSettingRule {
    static let azureCosmosCMK = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-COSMOS-NO-CMK", title: "Cosmos DB account is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Microsoft-managed keys cannot be revoked by you; a Key Vault key lets you cut off access to the data and audit every use of the key. Low: expected for regulated data.",
            recommendation: "Set `key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id` when creating the account.",
            equivalents: [.checkov("CKV_AZURE_100")],
            triggering: [
                """
                ↓resource "azurerm_cosmosdb_account" "main" {
                  name                = "main"
                  offer_type          = "Standard"
                  kind                = "GlobalDocumentDB"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_cosmosdb_account" "main" {
                  name                = "main"
                  offer_type          = "Standard"
                  kind                = "GlobalDocumentDB"
                  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id
                }
                """,
            ]),
        resourceTypes: ["azurerm_cosmosdb_account"], setting: ["key_vault_key_id"],
        expectation: .present, problem: "is not encrypted with a customer-managed key")
}

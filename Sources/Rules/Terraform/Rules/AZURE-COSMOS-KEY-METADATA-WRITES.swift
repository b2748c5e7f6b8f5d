extension ResourceSettingRule {
    static let azureCosmosKeyMetadataWrites = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-COSMOS-KEY-METADATA-WRITES", title: "Cosmos DB account keys can change account settings", severity: .medium, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "With key-based metadata writes (the default), anyone holding an account key can create and delete databases and change throughput and settings, not just read and write data. Medium.",
            recommendation: "Set `access_key_metadata_writes_enabled = false` and manage the account through Azure Resource Manager roles.",
            equivalents: [.checkov("CKV_AZURE_132")],
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
                  access_key_metadata_writes_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_cosmosdb_account"], setting: ["access_key_metadata_writes_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "lets account keys change its settings")
}

extension ResourceSettingRule {
    static let azureStorageVersioning = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-NO-VERSIONING", title: "Storage account has no blob versioning", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Blob versioning keeps earlier versions of overwritten blobs, so data encrypted or corrupted in place can be restored. Low.",
            recommendation: "Set `blob_properties { versioning_enabled = true }`.",
            equivalents: [.kics("Azure Storage Account Versioning Disabled")],
            triggering: [
                """
                ↓resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                  blob_properties {
                    versioning_enabled = true
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["blob_properties", "versioning_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "keeps no earlier versions of its blobs")
}

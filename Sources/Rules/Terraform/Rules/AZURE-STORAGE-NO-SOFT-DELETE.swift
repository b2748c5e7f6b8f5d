extension RequiredSettingRule {
    static let azureStorageSoftDelete = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-NO-SOFT-DELETE", title: "Storage account has no blob soft delete", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Without soft delete, a deleted or overwritten blob is gone at once, whether by mistake, a leaked key or ransomware. Low.",
            recommendation: "Add `blob_properties { delete_retention_policy { days = 30 } container_delete_retention_policy { days = 30 } }`.",
            equivalents: [.checkov("CKV2_AZURE_38"), .kics("Blob Storage Without Soft Delete")],
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
                    delete_retention_policy {
                      days = 30
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], alternatives: [["blob_properties", "delete_retention_policy"]],
        problem: "cannot recover deleted blobs")
}

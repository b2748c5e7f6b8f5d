extension ResourceSettingRule {
    static let azureStoragePublicBlobs = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-PUBLIC-BLOBS", title: "Storage account allows public blob access", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "While the account allows it, any container can be switched to anonymous read access; azurerm 3.x allows it unless told otherwise. High: one container setting away from a data leak.",
            recommendation: "Set `allow_nested_items_to_be_public = false`.",
            equivalents: [.checkov("CKV_AZURE_190")],
            triggering: [
                """
                ↓resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "LRS"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name                            = "data"
                  account_tier                    = "Standard"
                  account_replication_type        = "LRS"
                  allow_nested_items_to_be_public = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["allow_nested_items_to_be_public"],
        expectation: .explicitly([.bool(false)]), problem: "allows anonymous access to blobs")
}

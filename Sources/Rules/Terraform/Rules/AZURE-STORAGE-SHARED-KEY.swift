extension ResourceSettingRule {
    static let azureStorageSharedKey = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-SHARED-KEY", title: "Storage account accepts shared-key authorisation", severity: .medium, cwe: 798,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Account keys grant full access to every container, queue and table, never expire, and cannot be scoped; SAS tokens signed with them live on after people leave. Medium.",
            recommendation: "Set `shared_access_key_enabled = false` and authorise with Microsoft Entra ID (set `storage_use_azuread = true` in the provider).",
            equivalents: [.checkov("CKV2_AZURE_40")],
            triggering: [
                """
                ↓resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                }
                """,
                """
                resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                ↓  shared_access_key_enabled = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                  shared_access_key_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["shared_access_key_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "accepts account-key authorisation")
}

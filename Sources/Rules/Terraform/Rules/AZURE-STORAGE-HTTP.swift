extension ResourceSettingRule {
    static let azureStorageHTTP = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-HTTP", title: "Storage account accepts plain HTTP", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "With HTTPS-only turned off, data and shared-access signatures can cross the network in clear text. High.",
            recommendation: "Remove `https_traffic_only_enabled = false` (HTTPS only is the default).",
            equivalents: [.checkov("CKV_AZURE_3")],
            triggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name                       = "data"
                ↓  https_traffic_only_enabled = false
                }
                """,
                """
                resource "azurerm_storage_account" "data" {
                  name                      = "data"
                ↓  enable_https_traffic_only = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name = "data"
                }
                """,
                """
                resource "azurerm_storage_account" "data" {
                  name                       = "data"
                  https_traffic_only_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["https_traffic_only_enabled"],
        expectation: .never([.bool(false)]), problem: "accepts unencrypted HTTP",
        formerSetting: ["enable_https_traffic_only"])
}

extension ResourceSettingRule {
    static let azureStorageContainerPublic = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-CONTAINER-PUBLIC", title: "Storage container allows anonymous read access", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "`container_access_type = \"blob\"` or `\"container\"` lets anyone on the internet read the blobs (and, for `container`, list them) without credentials. High.",
            recommendation: "Set `container_access_type = \"private\"` (the default) and share with SAS tokens or Entra ID.",
            equivalents: [.checkov("CKV_AZURE_34"), .kics("Storage Container Is Publicly Accessible")],
            triggering: [
                """
                resource "azurerm_storage_container" "assets" {
                  name                  = "assets"
                  storage_account_id    = azurerm_storage_account.data.id
                ↓  container_access_type = "container"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_container" "assets" {
                  name                  = "assets"
                  storage_account_id    = azurerm_storage_account.data.id
                  container_access_type = "private"
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_container"], setting: ["container_access_type"],
        expectation: .never([.string("blob"), .string("container")]), problem: "is readable without credentials")
}

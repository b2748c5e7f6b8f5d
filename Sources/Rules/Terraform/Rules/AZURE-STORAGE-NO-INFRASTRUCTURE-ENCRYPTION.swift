extension ResourceSettingRule {
    static let azureStorageInfrastructureEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-NO-INFRASTRUCTURE-ENCRYPTION", title: "Storage account has no infrastructure encryption", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Infrastructure encryption adds a second, independent layer of encryption at rest, so one broken key or algorithm does not expose the data. Low: expected for regulated data; it can only be chosen at creation.",
            recommendation: "Set `infrastructure_encryption_enabled = true` when creating the account.",
            equivalents: [.kics("Azure Storage Account Infrastructure Encryption Disabled")],
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
                  infrastructure_encryption_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["infrastructure_encryption_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "has a single layer of encryption at rest")
}

extension RequiredSettingRule {
    static let azureStorageCMK = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-NO-CMK", title: "Storage account is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Microsoft-managed keys cannot be revoked by you; a Key Vault key lets you cut off access to the data and audit every use of the key. Low: expected for regulated data.",
            recommendation: "Add `customer_managed_key { key_vault_key_id = …, user_assigned_identity_id = … }` or an `azurerm_storage_account_customer_managed_key`.",
            equivalents: [.checkov("CKV2_AZURE_1")],
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
                  identity {
                    type         = "UserAssigned"
                    identity_ids = [azurerm_user_assigned_identity.storage.id]
                  }
                  customer_managed_key {
                    key_vault_key_id          = azurerm_key_vault_key.storage.id
                    user_assigned_identity_id = azurerm_user_assigned_identity.storage.id
                  }
                }
                """,
                """
                resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                }

                resource "azurerm_storage_account_customer_managed_key" "data" {
                  storage_account_id = azurerm_storage_account.data.id
                  key_vault_id       = azurerm_key_vault.main.id
                  key_name           = azurerm_key_vault_key.storage.name
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], alternatives: [["customer_managed_key", "key_vault_key_id"], ["customer_managed_key", "managed_hsm_key_id"]],
        attachments: [.init(type: "azurerm_storage_account_customer_managed_key", reference: "storage_account_id")],
        problem: "is not encrypted with a customer-managed key")
}

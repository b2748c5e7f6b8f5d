extension ResourceSettingRule {
    static let azureManagedDiskCMK = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-DISK-NO-CMK", title: "Managed disk is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Managed disks are encrypted with platform keys; a disk encryption set with your Key Vault key lets you revoke access and audit its use. Low: expected for regulated data.",
            recommendation: "Set `disk_encryption_set_id = azurerm_disk_encryption_set.main.id`.",
            equivalents: [.checkov("CKV_AZURE_93")],
            triggering: [
                """
                ↓resource "azurerm_managed_disk" "data" {
                  name                 = "data"
                  storage_account_type = "Premium_LRS"
                  create_option        = "Empty"
                  disk_size_gb         = 128
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_managed_disk" "data" {
                  name                   = "data"
                  storage_account_type   = "Premium_LRS"
                  create_option          = "Empty"
                  disk_size_gb           = 128
                  disk_encryption_set_id = azurerm_disk_encryption_set.main.id
                }
                """,
            ]),
        resourceTypes: ["azurerm_managed_disk"], setting: ["disk_encryption_set_id"],
        expectation: .present, problem: "is not encrypted with a customer-managed key", inheritedThrough: ["secure_vm_disk_encryption_set_id"])
}

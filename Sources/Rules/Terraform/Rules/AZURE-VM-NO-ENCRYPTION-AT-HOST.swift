extension ResourceSettingRule {
    static let azureVMEncryptionAtHost = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-VM-NO-ENCRYPTION-AT-HOST", title: "Virtual machine does not encrypt at the host", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Without encryption at host, temporary disks and disk caches on the host are not encrypted, only the managed disks are. Low.",
            recommendation: "Set `encryption_at_host_enabled = true` (the subscription feature `EncryptionAtHost` must be registered).",
            equivalents: [.checkov("CKV_AZURE_97"), .checkov("CKV_AZURE_151")],
            triggering: [
                """
                ↓resource "azurerm_linux_virtual_machine" "vm" {
                  name           = "vm"
                  size           = "Standard_B2s"
                  admin_username = "azureuser"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_linux_virtual_machine" "vm" {
                  name           = "vm"
                  size           = "Standard_B2s"
                  admin_username = "azureuser"
                  encryption_at_host_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"], setting: ["encryption_at_host_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "leaves temporary disks and caches unencrypted")
}

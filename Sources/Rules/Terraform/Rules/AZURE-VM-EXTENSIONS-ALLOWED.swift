extension ResourceSettingRule {
    static let azureVMExtensionOperations = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-VM-EXTENSIONS-ALLOWED", title: "Virtual machine allows extension operations", severity: .info, cwe: 250,
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "Extensions run as root/SYSTEM; anyone with `Microsoft.Compute/virtualMachines/extensions/write` can run code on the VM through them (Custom Script, Run Command). Informational: most fleets need monitoring and patching extensions.",
            recommendation: "Set `allow_extension_operations = false` on VMs that need no extensions.",
            equivalents: [.checkov("CKV_AZURE_50")],
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
                  allow_extension_operations = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"], setting: ["allow_extension_operations"],
        expectation: .explicitly([.bool(false)]), problem: "lets extensions run code as root")
}

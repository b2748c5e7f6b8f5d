extension RequiredSettingRule {
    static let azureVMManagedIdentity = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-VM-NO-MANAGED-IDENTITY", title: "Virtual machine has no managed identity", severity: .info, cwe: 522,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without a managed identity, software on the VM that calls Azure needs a stored client secret or certificate. Informational: VMs that call no Azure API need none.",
            recommendation: "Add `identity { type = \"SystemAssigned\" }` (or a user-assigned identity) and grant it the roles the workload needs.",
            equivalents: [],
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
                  identity {
                    type = "SystemAssigned"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"], alternatives: [["identity"]],
        problem: "has no managed identity for Azure APIs")
}

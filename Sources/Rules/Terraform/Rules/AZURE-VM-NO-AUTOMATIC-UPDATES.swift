extension ResourceSettingRule {
    static let azureVMAutomaticUpdates = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-VM-NO-AUTOMATIC-UPDATES", title: "Windows virtual machine has automatic updates off", severity: .medium, cwe: 1104,
            owasp: "A06:2021 Vulnerable and Outdated Components",
            checklist: "Compute › Operating systems are patched",
            rationale: "Turning automatic updates off leaves known Windows vulnerabilities open until someone patches by hand. Medium.",
            recommendation: "Remove `automatic_updates_enabled = false` (`enable_automatic_updates` before azurerm 4), or patch through Update Manager with `patch_mode = \"AutomaticByPlatform\"`.",
            equivalents: [.checkov("CKV_AZURE_177")],
            triggering: [
                """
                resource "azurerm_windows_virtual_machine" "vm" {
                  name                      = "vm"
                  size                      = "Standard_B2s"
                  admin_username            = "azureuser"
                ↓  automatic_updates_enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_windows_virtual_machine" "vm" {
                  name                      = "vm"
                  size                      = "Standard_B2s"
                  admin_username            = "azureuser"
                  automatic_updates_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_windows_virtual_machine", "azurerm_windows_virtual_machine_scale_set"], setting: ["automatic_updates_enabled"],
        expectation: .never([.bool(false)]), problem: "does not install updates", formerSetting: ["enable_automatic_updates"])
}

/// Linux virtual machines that accept SSH password logins.
struct AzureLinuxPasswordAuthenticationRule: Rule {
    let description = RuleDescription(
        id: "AZURE-VM-PASSWORD-AUTH", title: "Linux virtual machine accepts password logins", severity: .high, cwe: 521,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Compute › Remote access goes through controlled channels",
        rationale: "Password logins over SSH are brute-forced within hours of a VM becoming reachable; keys cannot be guessed. High.",
        recommendation: "Keep `disable_password_authentication = true` (the default) and add an `admin_ssh_key`.",
        equivalents: [.checkov("CKV_AZURE_1"), .checkov("CKV_AZURE_149"), .checkov("CKV_AZURE_178"), .kics("Azure Instance Using Basic Authentication")],
        triggering: [
            """
            resource "azurerm_linux_virtual_machine" "vm" {
              name                            = "vm"
              size                            = "Standard_B2s"
              admin_username                  = "azureuser"
              admin_password                  = var.admin_password
            ↓  disable_password_authentication = false
            }
            """,
            """
            resource "azurerm_virtual_machine" "legacy" {
              name    = "legacy"
              vm_size = "Standard_B2s"
              os_profile_linux_config {
            ↓    disable_password_authentication = false
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_linux_virtual_machine" "vm" {
              name                            = "vm"
              size                            = "Standard_B2s"
              admin_username                  = "azureuser"
              disable_password_authentication = true
              admin_ssh_key {
                username   = "azureuser"
                public_key = file("~/.ssh/id_ed25519.pub")
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        var settings: [(TerraformResource, TerraformBlock)] = []
        for type in ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"] {
            settings += module.resources(ofType: type).map { ($0, $0.settings) }
        }
        for machine in module.resources(ofType: "azurerm_virtual_machine") {
            settings += machine.settings.blocks("os_profile_linux_config").map { (machine, $0) }
        }
        return settings.compactMap { machine, block in
            guard let attribute = block.attribute("disable_password_authentication"),
                  module.evaluate(attribute.expression).boolValue == false
            else { return nil }
            return machine.violation(line: attribute.line, message: "\(machine.address) accepts SSH password logins.", detail: "disable_password_authentication")
        }
    }
}

extension ResourceSettingRule {
    static let azureNICIPForwarding = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-NIC-IP-FORWARDING", title: "Network interface forwards IP packets", severity: .medium, cwe: 923,
            checklist: "Network exposure › Workloads run in purpose-built networks",
            rationale: "With IP forwarding, the VM may send and receive packets for addresses that are not its own, so a compromised VM can route around network security groups. Medium: only network virtual appliances need it.",
            recommendation: "Remove `ip_forwarding_enabled = true` (`enable_ip_forwarding` before azurerm 4) unless the VM is a network appliance.",
            equivalents: [.checkov("CKV_AZURE_118")],
            triggering: [
                """
                resource "azurerm_network_interface" "vm" {
                  name                  = "vm"
                ↓  ip_forwarding_enabled = true
                  ip_configuration {
                    name      = "internal"
                    subnet_id = azurerm_subnet.app.id
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_network_interface" "vm" {
                  name                  = "vm"
                  ip_forwarding_enabled = false
                  ip_configuration {
                    name      = "internal"
                    subnet_id = azurerm_subnet.app.id
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_network_interface"], setting: ["ip_forwarding_enabled"],
        expectation: .never([.bool(true)]), problem: "forwards packets for other addresses", formerSetting: ["enable_ip_forwarding"])
}

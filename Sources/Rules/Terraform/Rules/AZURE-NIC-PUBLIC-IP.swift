/// Network interfaces with a public IP address.
struct AzureNICPublicIPRule: Rule {
    let description = RuleDescription(
        id: "AZURE-NIC-PUBLIC-IP", title: "Network interface has a public IP address", severity: .medium, cwe: 284,
        checklist: "Network exposure › Only intended services are reachable from the internet",
        rationale: "A public IP on a VM's interface puts every service on it one NSG rule away from the internet. Medium: most VMs only need outbound access (NAT gateway) or sit behind a load balancer.",
        recommendation: "Remove `public_ip_address_id`; use a NAT gateway for outbound traffic, Azure Bastion for administration and a load balancer for inbound traffic.",
        equivalents: [.checkov("CKV_AZURE_119")],
        triggering: [
            """
            resource "azurerm_network_interface" "vm" {
              name = "vm"
              ip_configuration {
                name                          = "internal"
                subnet_id                     = azurerm_subnet.app.id
                private_ip_address_allocation = "Dynamic"
            ↓    public_ip_address_id          = azurerm_public_ip.vm.id
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_network_interface" "vm" {
              name = "vm"
              ip_configuration {
                name                          = "internal"
                subnet_id                     = azurerm_subnet.app.id
                private_ip_address_allocation = "Dynamic"
                # No public_ip_address_id: administration goes through Azure Bastion.
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_network_interface").flatMap { interface in
            interface.settings.blocks("ip_configuration").enumerated().compactMap { index, configuration -> Violation? in
                guard let address = configuration.attribute("public_ip_address_id"),
                      RequiredSettingRule.isSet(["public_ip_address_id"], in: configuration)
                else { return nil }
                return interface.violation(line: address.line, message: "\(interface.address) has a public IP address.", detail: "ip_configuration[\(index)]")
            }
        }
    }
}

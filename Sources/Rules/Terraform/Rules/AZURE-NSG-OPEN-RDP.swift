extension OpenIngressRule {
    static let azureRDP = OpenIngressRule(
        description: RuleDescription(
            id: "AZURE-NSG-OPEN-RDP", title: "Network security group allows RDP from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "An inbound Allow from the internet to port 3389 is a leading ransomware entry point. Critical: direct remote access.",
            recommendation: "Restrict the source, or use Azure Bastion or just-in-time VM access.",
            equivalents: [.checkov("CKV_AZURE_9")],
            triggering: [
                """
                resource "azurerm_network_security_group" "vm" {
                  name = "vm"
                  security_rule {
                    name                       = "rdp"
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Tcp"
                    destination_port_ranges    = ["443", "3389"]
                ↓    source_address_prefix      = "Internet"
                    destination_address_prefix = "*"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_network_security_group" "vm" {
                  name = "vm"
                  security_rule {
                    name                       = "rdp"
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Tcp"
                    destination_port_range     = "3389"
                    source_address_prefix      = "10.0.0.0/8"
                    destination_address_prefix = "*"
                  }
                }
                """,
                """
                resource "azurerm_network_security_rule" "rdp_udp" {
                  name                       = "rdp-udp"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "Udp"
                  destination_port_range     = "3389"
                  source_address_prefix      = "Internet"
                  destination_address_prefix = "*"
                }
                """,
            ]),
        firewall: .azureNetworkSecurityGroups, scope: .service(.rdp), service: "RDP")
}

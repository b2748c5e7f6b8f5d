extension OpenIngressRule {
    static let azureSSH = OpenIngressRule(
        description: RuleDescription(
            id: "AZURE-NSG-OPEN-SSH", title: "Network security group allows SSH from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "An inbound Allow from `*`, `Internet` or `0.0.0.0/0` to port 22 exposes hosts to brute force. Critical: direct remote access.",
            recommendation: "Restrict `source_address_prefix`, or use Azure Bastion or just-in-time VM access.",
            equivalents: [.checkov("CKV_AZURE_10")],
            triggering: [
                """
                resource "azurerm_network_security_rule" "ssh" {
                  name                       = "ssh"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "Tcp"
                  destination_port_range     = "22"
                ↓  source_address_prefix      = "*"
                  destination_address_prefix = "*"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_network_security_rule" "ssh" {
                  name                       = "ssh"
                  direction                  = "Inbound"
                  access                     = "Deny"
                  protocol                   = "Tcp"
                  destination_port_range     = "22"
                  source_address_prefix      = "*"
                  destination_address_prefix = "*"
                }
                """,
                """
                resource "azurerm_network_security_rule" "ssh_udp" {
                  name                       = "ssh-udp"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "Udp"
                  destination_port_range     = "22"
                  source_address_prefix      = "Internet"
                  destination_address_prefix = "*"
                }
                """,
            ]),
        firewall: .azureNetworkSecurityGroups, scope: .service(.ssh), service: "SSH")
}

extension OpenIngressRule {
    static let azureAnyPort = OpenIngressRule(
        description: RuleDescription(
            id: "AZURE-NSG-OPEN-INGRESS", title: "Network security group allows ingress from the internet", severity: .high, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Every port open to `*`, `Internet` or `0.0.0.0/0` is attack surface, and internal services exposed this way are routinely found by scanners. High. Administration and database ports are reported as critical by their own rules (a UDP-only rule on 22 or 3389 reaches neither SSH nor RDP and is reported here); a single web port (80 or 443) is not reported.",
            recommendation: "Restrict the source to known ranges, or put the service behind an Application Gateway or Front Door.",
            equivalents: [.checkov("CKV_AZURE_77")],
            triggering: [
                """
                resource "azurerm_network_security_group" "app" {
                  name = "app"
                  security_rule {
                    name                       = "in"
                    priority                   = 100
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Tcp"
                    destination_port_range     = "8080"
                ↓    source_address_prefix      = "*"
                    destination_address_prefix = "*"
                  }
                }
                """,
                """
                resource "azurerm_network_security_group" "app" {
                  name = "app"
                  security_rule {
                    name                       = "in"
                    priority                   = 100
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Udp"
                    destination_port_range     = "3389"
                ↓    source_address_prefix      = "Internet"
                    destination_address_prefix = "*"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_network_security_group" "app" {
                  name = "app"
                  security_rule {
                    name                       = "in"
                    priority                   = 100
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Tcp"
                    destination_port_range     = "8080"
                     source_address_prefix      = "10.0.0.0/16"
                    destination_address_prefix = "*"
                  }
                }
                """,
                """
                resource "azurerm_network_security_group" "app" {
                  name = "app"
                  security_rule {
                    name                       = "in"
                    priority                   = 100
                    direction                  = "Inbound"
                    access                     = "Allow"
                    protocol                   = "Tcp"
                    destination_port_range     = "443"
                     source_address_prefix      = "Internet"
                    destination_address_prefix = "*"
                  }
                }
                """,
            ]),
        firewall: .azureNetworkSecurityGroups, scope: .otherPorts, service: "ingress")
}

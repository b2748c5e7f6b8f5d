extension OpenIngressRule {
    static let azureAllPorts = OpenIngressRule(
        description: RuleDescription(
            id: "AZURE-NSG-OPEN-ALL-PORTS", title: "Network security group opens all ports (or several critical services) to the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "An inbound Allow from `*` or `Internet` to port range `*`, or to a range spanning administration and database ports, exposes every service on the hosts. Critical, and reported once rather than once per service it reaches.",
            recommendation: "Allow only the ports the service needs, from known prefixes or service tags.",
            subsumes: ["AZURE-NSG-OPEN-SSH", "AZURE-NSG-OPEN-RDP"],
            triggering: [
                """
                resource "azurerm_network_security_rule" "everything" {
                  name                       = "all"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "*"
                  destination_port_range     = "*"
                ↓  source_address_prefix      = "Internet"
                  destination_address_prefix = "*"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_network_security_rule" "everything_from_vnet" {
                  name                       = "all"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "*"
                  destination_port_range     = "*"
                  source_address_prefix      = "VirtualNetwork"
                  destination_address_prefix = "*"
                }
                """,
                """
                resource "azurerm_network_security_rule" "ping" {
                  name                       = "icmp"
                  direction                  = "Inbound"
                  access                     = "Allow"
                  protocol                   = "Icmp"
                  destination_port_range     = "*"
                  source_address_prefix      = "*"
                  destination_address_prefix = "*"
                }
                """,
            ]),
        firewall: .azureNetworkSecurityGroups, scope: .severalServices, service: "every service")
}

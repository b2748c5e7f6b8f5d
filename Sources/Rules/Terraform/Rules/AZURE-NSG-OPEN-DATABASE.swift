extension OpenIngressRule {
    static let azureDatabase = OpenIngressRule(
        description: RuleDescription(
            id: "AZURE-NSG-OPEN-DATABASE", title: "Network security group allows database ports from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "Database ports (SQL Server, PostgreSQL, MySQL, Oracle, Redis, MongoDB, Elasticsearch, Cassandra, Memcached) open to the internet are found by scanners within minutes and brute-forced or exploited. Critical.",
            recommendation: "Restrict the source to the application subnets, or use private endpoints.",
            equivalents: [.kics("Sensitive Port Is Exposed To Entire Network")],
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
                    destination_port_range     = "1433"
                ↓    source_address_prefix      = "*"
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
                    destination_port_range     = "1433"
                     source_address_prefix      = "10.0.0.0/16"
                    destination_address_prefix = "*"
                  }
                }
                """,
            ]),
        firewall: .azureNetworkSecurityGroups, scope: .service(.database), service: "database connections")
}

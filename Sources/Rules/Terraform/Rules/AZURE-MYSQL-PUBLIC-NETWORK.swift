extension ResourceSettingRule {
    static let azureMySQLPublicNetwork = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-MYSQL-PUBLIC-NETWORK", title: "MySQL server accepts connections from public networks", severity: .medium, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "With public network access (the default), the server answers on a public endpoint and firewall rules are the only barrier. Medium.",
            recommendation: "Set `public_network_access_enabled = false` and connect through a private endpoint (or VNet integration for flexible servers).",
            equivalents: [.checkov("CKV_AZURE_53")],
            triggering: [
                """
                ↓resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled       = true
                  public_network_access_enabled = false
                }
                """,
                """
                resource "azurerm_mysql_flexible_server" "main" {
                  name                = "main"
                  sku_name            = "GP_Standard_D2s_v3"
                  delegated_subnet_id = azurerm_subnet.database.id
                  private_dns_zone_id = azurerm_private_dns_zone.database.id
                }
                """,
            ]),
        resourceTypes: ["azurerm_mysql_server", "azurerm_mysql_flexible_server"], setting: ["public_network_access_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "is reachable on a public endpoint",
        // A flexible server integrated into a virtual network has no public endpoint.
        inheritedThrough: ["delegated_subnet_id"])
}

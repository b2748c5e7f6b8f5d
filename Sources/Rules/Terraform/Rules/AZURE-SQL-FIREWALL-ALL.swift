/// Azure database firewall rules that cover every IPv4 address.
struct AzureSQLFirewallAllowsAllRule: Rule {
    /// Firewall rules of SQL, PostgreSQL, MySQL and MariaDB servers, single and flexible.
    static let firewallRuleTypes = [
        "azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule", "azurerm_postgresql_firewall_rule", "azurerm_mysql_firewall_rule",
        "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule", "azurerm_mariadb_firewall_rule",
    ]

    let description = RuleDescription(
        id: "AZURE-SQL-FIREWALL-ALL", title: "SQL firewall rule allows the whole internet", severity: .critical, cwe: 284,
        checklist: "Network exposure › Databases are not reachable from the internet",
        rationale: "A rule from `0.0.0.0` to `255.255.255.255` lets every address on the internet reach the server; only its login stands in the way. Critical.",
        recommendation: "Allow specific ranges, or use private endpoints and disable public network access.",
        equivalents: [.checkov("CKV_AZURE_11")],
        triggering: [
            """
            resource "azurerm_mssql_firewall_rule" "all" {
              name             = "all"
              server_id        = azurerm_mssql_server.main.id
            ↓  start_ip_address = "0.0.0.0"
              end_ip_address   = "255.255.255.255"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_mssql_firewall_rule" "azure" {
              name             = "azure-services"
              server_id        = azurerm_mssql_server.main.id
              start_ip_address = "0.0.0.0"
              end_ip_address   = "0.0.0.0"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        Self.firewallRuleTypes.flatMap(module.resources(ofType:)).compactMap { rule in
            guard let start = rule.settings.attribute("start_ip_address"),
                  module.evaluate(start.expression).stringValue == "0.0.0.0",
                  rule.settings.value("end_ip_address")?.stringValue == "255.255.255.255"
            else { return nil }
            return rule.violation(line: start.line, message: "\(rule.address) allows every IPv4 address.", detail: "ip_range")
        }
    }
}

extension AzurePostgresConfigurationRule {
    static let azurePostgresLogConnections = AzurePostgresConfigurationRule(
        description: RuleDescription(
            id: "AZURE-POSTGRES-LOG-CONNECTIONS-OFF", title: "PostgreSQL server does not log connections", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "Without `log_connections`, successful and attempted logins leave no trace, so password guessing and stolen credentials go unnoticed. Low.",
            recommendation: "Leave `log_connections` at its default (`on`), or set `value = \"on\"`.",
            equivalents: [.checkov("CKV_AZURE_31")],
            triggering: [
                """
                resource "azurerm_postgresql_configuration" "log_connections" {
                  name                = "log_connections"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                ↓  value               = "off"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_postgresql_configuration" "log_connections" {
                  name                = "log_connections"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                   value               = "on"
                }
                """,
            ]),
        parameter: "log_connections", consequence: "logins leave no trace")
}

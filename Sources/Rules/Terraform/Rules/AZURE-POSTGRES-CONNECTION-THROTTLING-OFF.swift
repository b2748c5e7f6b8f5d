extension AzurePostgresConfigurationRule {
    static let azurePostgresConnectionThrottling = AzurePostgresConfigurationRule(
        description: RuleDescription(
            id: "AZURE-POSTGRES-CONNECTION-THROTTLING-OFF", title: "PostgreSQL server does not throttle failed logins", severity: .low, cwe: 307,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Services require authentication",
            rationale: "Connection throttling slows down repeated failed logins from one address; without it passwords can be guessed at full speed. Low.",
            recommendation: "Leave `connection_throttling` at its default (`on`), or set `value = \"on\"`.",
            equivalents: [.checkov("CKV_AZURE_32")],
            triggering: [
                """
                resource "azurerm_postgresql_configuration" "connection_throttling" {
                  name                = "connection_throttling"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                ↓  value               = "off"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_postgresql_configuration" "connection_throttling" {
                  name                = "connection_throttling"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                   value               = "on"
                }
                """,
            ]),
        parameter: "connection_throttling", consequence: "failed logins are not slowed down")
}

extension AzurePostgresConfigurationRule {
    static let azurePostgresLogCheckpoints = AzurePostgresConfigurationRule(
        description: RuleDescription(
            id: "AZURE-POSTGRES-LOG-CHECKPOINTS-OFF", title: "PostgreSQL server does not log checkpoints", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "Checkpoint records show write load and crash recovery in the server logs; without them, tampering with or overloading the server is harder to reconstruct. Low.",
            recommendation: "Leave `log_checkpoints` at its default (`on`), or set `value = \"on\"`.",
            equivalents: [.checkov("CKV_AZURE_30")],
            triggering: [
                """
                resource "azurerm_postgresql_configuration" "log_checkpoints" {
                  name                = "log_checkpoints"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                ↓  value               = "off"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_postgresql_configuration" "log_checkpoints" {
                  name                = "log_checkpoints"
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_postgresql_server.main.name
                   value               = "on"
                }
                """,
            ]),
        parameter: "log_checkpoints", consequence: "checkpoints leave no trace in the server logs")
}

extension RequiredSettingRule {
    static let azureSQLAuditing = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-SQL-NO-AUDITING", title: "SQL server has no auditing", severity: .medium, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "Without auditing, logins, permission changes and queries on the server leave no record, so a breach cannot be scoped. Medium.",
            recommendation: "Add an `azurerm_mssql_server_extended_auditing_policy` for the server (to Log Analytics or a storage account, retention 90 days or more).",
            equivalents: [.checkov("CKV_AZURE_23")],
            triggering: [
                """
                ↓resource "azurerm_mssql_server" "main" {
                  name                = "main"
                  resource_group_name = azurerm_resource_group.main.name
                  location            = "westeurope"
                  version             = "12.0"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_mssql_server" "main" {
                  name                = "main"
                  resource_group_name = azurerm_resource_group.main.name
                  location            = "westeurope"
                  version             = "12.0"
                }

                resource "azurerm_mssql_server_extended_auditing_policy" "main" {
                  server_id              = azurerm_mssql_server.main.id
                  log_monitoring_enabled = true
                  retention_in_days      = 90
                }
                """,
                RuleExample(
                    """
                    resource "azurerm_mssql_server" "main" {
                      name                = "main"
                      resource_group_name = azurerm_resource_group.main.name
                      location            = "westeurope"
                      version             = "12.0"
                    }
                    """,
                    neighbours: ["audit.tf": """
                        resource "azurerm_mssql_server_extended_auditing_policy" "main" {
                          server_id         = azurerm_mssql_server.main.id
                          retention_in_days = 90
                        }
                        """]),
            ]),
        resourceTypes: ["azurerm_mssql_server"], alternatives: [["extended_auditing_policy"]],
        attachments: [.init(type: "azurerm_mssql_server_extended_auditing_policy", reference: "server_id")],
        problem: "keeps no audit log")
}

extension RequiredSettingRule {
    static let azureSQLThreatDetection = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-SQL-NO-THREAT-DETECTION", title: "SQL server has no security alert policy", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "A security alert policy (Defender for SQL) warns of SQL injection, brute force and logins from unusual places; without it these go unnoticed. Low: Defender may be enabled for the whole subscription instead.",
            recommendation: "Add an `azurerm_mssql_server_security_alert_policy` with `state = \"Enabled\"`, or enable Defender for SQL on the subscription.",
            equivalents: [.checkov("CKV2_AZURE_13")],
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

                resource "azurerm_mssql_server_security_alert_policy" "main" {
                  resource_group_name = azurerm_resource_group.main.name
                  server_name         = azurerm_mssql_server.main.name
                  state               = "Enabled"
                }
                """,
            ]),
        resourceTypes: ["azurerm_mssql_server"], alternatives: [],
        attachments: [.init(type: "azurerm_mssql_server_security_alert_policy", reference: "server_name")],
        problem: "raises no security alerts")
}

extension RequiredSettingRule {
    static let azureSQLEntraAdmin = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-SQL-NO-AAD-ADMIN", title: "SQL server has no Microsoft Entra administrator", severity: .medium, cwe: 287,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without an Entra ID administrator, the server is administered only with its SQL login and password, which cannot be protected by MFA or conditional access and is shared. Medium.",
            recommendation: "Add `azuread_administrator { login_username = …, object_id = … }` (and `azuread_authentication_only = true` when possible).",
            equivalents: [.checkov("CKV2_AZURE_7"), .kics("AD Admin Not Configured For SQL Server")],
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
                  azuread_administrator {
                    login_username = "sql-admins"
                    object_id      = var.sql_admins_group_id
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_mssql_server"], alternatives: [["azuread_administrator"]],
        attachments: [.init(type: "azurerm_sql_active_directory_administrator", reference: "server_name")],
        problem: "is administered with a password only")
}

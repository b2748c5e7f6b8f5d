extension ResourceSettingRule {
    static let azureSQLPublicNetwork = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-SQL-PUBLIC-NETWORK", title: "SQL server accepts connections from public networks", severity: .medium, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "With public network access (the default), the server answers on a public endpoint and firewall rules are the only barrier. Medium.",
            recommendation: "Set `public_network_access_enabled = false` and connect through a private endpoint.",
            equivalents: [.checkov("CKV_AZURE_113")],
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
                  public_network_access_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_mssql_server"], setting: ["public_network_access_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "is reachable on a public endpoint")
}

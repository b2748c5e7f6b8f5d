extension ResourceSettingRule {
    static let azureMySQLGeoBackup = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-MYSQL-NO-GEO-BACKUP", title: "MySQL server has no geo-redundant backups", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Locally redundant backups are lost with the region; geo-redundant backups let the server be restored elsewhere. Low. It can only be chosen at creation.",
            recommendation: "Set `geo_redundant_backup_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_94")],
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
                  ssl_enforcement_enabled      = true
                  geo_redundant_backup_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_mysql_server", "azurerm_mysql_flexible_server"], setting: ["geo_redundant_backup_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "keeps its backups in one region")
}

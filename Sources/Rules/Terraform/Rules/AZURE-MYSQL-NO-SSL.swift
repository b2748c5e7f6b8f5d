extension ResourceSettingRule {
    static let azureMySQLSSL = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-MYSQL-NO-SSL", title: "MySQL server accepts unencrypted connections", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "With SSL enforcement off, credentials and query results can cross the network in clear text. High: database traffic carries the most sensitive data.",
            recommendation: "Set `ssl_enforcement_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_28")],
            triggering: [
                """
                resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                ↓  ssl_enforcement_enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled          = true
                  ssl_minimal_tls_version_enforced = "TLS1_2"
                }
                """,
            ]),
        resourceTypes: ["azurerm_mysql_server"], setting: ["ssl_enforcement_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "accepts unencrypted connections")
}

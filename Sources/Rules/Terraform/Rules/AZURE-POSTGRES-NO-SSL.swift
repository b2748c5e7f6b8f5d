extension ResourceSettingRule {
    static let azurePostgresSSL = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-POSTGRES-NO-SSL", title: "PostgreSQL server accepts unencrypted connections", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "With SSL enforcement off, credentials and query results can cross the network in clear text. High: database traffic carries the most sensitive data.",
            recommendation: "Set `ssl_enforcement_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_29")],
            triggering: [
                """
                resource "azurerm_postgresql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "11"
                ↓  ssl_enforcement_enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_postgresql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "11"
                  ssl_enforcement_enabled          = true
                  ssl_minimal_tls_version_enforced = "TLS1_2"
                }
                """,
            ]),
        resourceTypes: ["azurerm_postgresql_server"], setting: ["ssl_enforcement_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "accepts unencrypted connections")
}

extension ResourceSettingRule {
    static let azureMySQLTLS = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-MYSQL-OLD-TLS", title: "MySQL server accepts TLS below 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); `TLSEnforcementDisabled` accepts any version. Medium: exploiting them needs a network position.",
            recommendation: "Set `ssl_minimal_tls_version_enforced = \"TLS1_2\"` (the default).",
            equivalents: [.checkov("CKV_AZURE_54")],
            triggering: [
                """
                resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled          = true
                ↓  ssl_minimal_tls_version_enforced = "TLS1_0"
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
        resourceTypes: ["azurerm_mysql_server"], setting: ["ssl_minimal_tls_version_enforced"],
        expectation: .never([.string("TLS1_0"), .string("TLS1_1"), .string("TLSEnforcementDisabled")]), problem: "accepts deprecated TLS versions")
}

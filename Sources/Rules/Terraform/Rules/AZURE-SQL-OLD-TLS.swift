extension ResourceSettingRule {
    static let azureSQLTLS = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-SQL-OLD-TLS", title: "SQL server accepts TLS below 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); `Disabled` accepts any version. Medium: exploiting them needs a network position.",
            recommendation: "Set `minimum_tls_version = \"1.2\"` (the default).",
            equivalents: [.checkov("CKV_AZURE_52")],
            triggering: [
                """
                resource "azurerm_mssql_server" "main" {
                  name                = "main"
                  resource_group_name = azurerm_resource_group.main.name
                  location            = "westeurope"
                  version             = "12.0"
                ↓  minimum_tls_version = "1.0"
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
                  minimum_tls_version = "1.2"
                }
                """,
            ]),
        resourceTypes: ["azurerm_mssql_server"], setting: ["minimum_tls_version"],
        expectation: .never([.string("1.0"), .string("1.1"), .string("Disabled")]), problem: "accepts deprecated TLS versions")
}

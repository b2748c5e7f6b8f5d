extension ResourceSettingRule {
    static let azureRedisTLS = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-REDIS-OLD-TLS", title: "Azure Cache for Redis accepts TLS below 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). Medium: exploiting them needs a network position.",
            recommendation: "Set `minimum_tls_version = \"1.2\"` (the default).",
            equivalents: [.checkov("CKV_AZURE_148")],
            triggering: [
                """
                resource "azurerm_redis_cache" "main" {
                  name     = "main"
                  capacity = 1
                  family   = "C"
                  sku_name = "Standard"
                ↓  minimum_tls_version = "1.0"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_redis_cache" "main" {
                  name     = "main"
                  capacity = 1
                  family   = "C"
                  sku_name = "Standard"
                  minimum_tls_version = "1.2"
                }
                """,
            ]),
        resourceTypes: ["azurerm_redis_cache"], setting: ["minimum_tls_version"],
        expectation: .never([.string("1.0"), .string("1.1")]), problem: "accepts deprecated TLS versions")
}

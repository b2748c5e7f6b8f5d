extension ResourceSettingRule {
    static let azureRedisNonSSLPort = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-REDIS-NON-SSL-PORT", title: "Azure Cache for Redis opens its non-TLS port", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "The non-TLS port 6379 carries the access key and all cached data in clear text. High.",
            recommendation: "Remove `non_ssl_port_enabled = true` (`enable_non_ssl_port` before azurerm 4).",
            equivalents: [.checkov("CKV_AZURE_91")],
            triggering: [
                """
                resource "azurerm_redis_cache" "main" {
                  name     = "main"
                  capacity = 1
                  family   = "C"
                  sku_name = "Standard"
                ↓  non_ssl_port_enabled = true
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
                  non_ssl_port_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_redis_cache"], setting: ["non_ssl_port_enabled"],
        expectation: .never([.bool(true)]), problem: "accepts unencrypted connections", formerSetting: ["enable_non_ssl_port"])
}

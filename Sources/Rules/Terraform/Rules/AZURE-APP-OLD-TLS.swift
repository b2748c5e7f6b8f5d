extension ResourceSettingRule {
    static let azureAppTLS = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-OLD-TLS", title: "App Service accepts TLS below 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). Medium: exploiting them needs a network position.",
            recommendation: "Set `site_config { minimum_tls_version = \"1.2\" }` (the default; `min_tls_version` on `azurerm_app_service`).",
            equivalents: [.checkov("CKV_AZURE_15"), .checkov("CKV_AZURE_145"), .kics("App Service Not Using Latest TLS Encryption Version")],
            triggering: [
                """
                resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  site_config {
                ↓    minimum_tls_version = "1.0"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  site_config {
                    minimum_tls_version = "1.2"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], setting: ["site_config", "minimum_tls_version"],
        expectation: .never([.string("1.0"), .string("1.1")]), problem: "accepts deprecated TLS versions", formerSetting: ["site_config", "min_tls_version"])
}

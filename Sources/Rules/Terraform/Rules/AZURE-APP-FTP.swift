extension ResourceSettingRule {
    static let azureAppFTP = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-FTP", title: "App Service allows plain FTP deployment", severity: .medium, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "`ftps_state = \"AllAllowed\"` accepts FTP, which sends the deployment credentials and code in clear text. Medium.",
            recommendation: "Set `site_config { ftps_state = \"Disabled\" }` (or `\"FtpsOnly\"`).",
            equivalents: [.checkov("CKV_AZURE_78"), .kics("App Service FTPS Enforce Disabled")],
            triggering: [
                """
                resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  site_config {
                ↓    ftps_state = "AllAllowed"
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
                    ftps_state = "Disabled"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], setting: ["site_config", "ftps_state"],
        expectation: .never([.string("AllAllowed")]), problem: "accepts FTP in clear text")
}

extension ResourceSettingRule {
    static let azureAppHTTPSOnly = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-HTTP-ALLOWED", title: "App Service accepts plain HTTP", severity: .medium, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without `https_only`, the app answers plain HTTP, so session cookies and credentials can be read or changed on the way. Medium.",
            recommendation: "Set `https_only = true`.",
            equivalents: [.checkov("CKV_AZURE_14"), .checkov("CKV_AZURE_70")],
            triggering: [
                """
                ↓resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  site_config {
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  https_only      = true
                  site_config {
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], setting: ["https_only"],
        expectation: .explicitly([.bool(true)]), problem: "accepts plain HTTP")
}

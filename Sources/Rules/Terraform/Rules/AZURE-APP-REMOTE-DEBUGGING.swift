extension ResourceSettingRule {
    static let azureAppRemoteDebugging = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-REMOTE-DEBUGGING", title: "App Service has remote debugging on", severity: .medium, cwe: 489,
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "Remote debugging opens debugger ports on the app and lets whoever attaches run code in it. Medium.",
            recommendation: "Remove `remote_debugging_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_72")],
            triggering: [
                """
                resource "azurerm_linux_web_app" "web" {
                  name            = "web"
                  service_plan_id = azurerm_service_plan.main.id
                  site_config {
                ↓    remote_debugging_enabled = true
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
                    remote_debugging_enabled = false
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], setting: ["site_config", "remote_debugging_enabled"],
        expectation: .never([.bool(true)]), problem: "accepts debugger connections", formerSetting: ["remote_debugging_enabled"])
}

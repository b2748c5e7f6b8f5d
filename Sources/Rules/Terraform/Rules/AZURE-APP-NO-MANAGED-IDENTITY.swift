extension RequiredSettingRule {
    static let azureAppManagedIdentity = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-NO-MANAGED-IDENTITY", title: "App Service has no managed identity", severity: .low, cwe: 522,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without a managed identity, the app reaches databases, Key Vault and storage with secrets kept in its settings. Low.",
            recommendation: "Add `identity { type = \"SystemAssigned\" }` and grant it the roles the app needs.",
            equivalents: [.checkov("CKV_AZURE_71"), .kics("App Service Managed Identity Disabled")],
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
                  identity {
                    type = "SystemAssigned"
                  }
                  site_config {
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], alternatives: [["identity"]],
        problem: "reaches Azure services with stored secrets")
}

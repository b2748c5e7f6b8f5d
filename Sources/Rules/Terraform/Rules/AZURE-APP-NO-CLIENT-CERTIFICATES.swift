extension ResourceSettingRule {
    static let azureAppClientCertificates = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APP-NO-CLIENT-CERTIFICATES", title: "App Service does not require client certificates", severity: .low, cwe: 295,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Services require authentication",
            rationale: "Client certificates (mutual TLS) let only clients holding a trusted certificate connect; for service-to-service APIs they are a second authentication factor. Low: public web apps do not use them.",
            recommendation: "Set `client_certificate_enabled = true` with `client_certificate_mode = \"Required\"` (`client_cert_enabled` on `azurerm_app_service`).",
            equivalents: [.checkov("CKV_AZURE_17"), .kics("Azure App Service Client Certificate Disabled")],
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
                  client_certificate_enabled = true
                  client_certificate_mode    = "Required"
                  site_config {
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service", "azurerm_function_app"], setting: ["client_certificate_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "accepts clients without a certificate", formerSetting: ["client_cert_enabled"])
}

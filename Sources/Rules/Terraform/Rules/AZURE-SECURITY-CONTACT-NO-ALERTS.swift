extension ResourceSettingRule {
    static let azureSecurityContactAlerts = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-SECURITY-CONTACT-NO-ALERTS", title: "Security contact receives no alert e-mails", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "With alert notifications off, high-severity Defender alerts reach nobody unless someone watches the portal. Low.",
            recommendation: "Set `alert_notifications = true` (and `alerts_to_admins = true`).",
            equivalents: [.checkov("CKV_AZURE_21"), .checkov("CKV_AZURE_22")],
            triggering: [
                """
                resource "azurerm_security_center_contact" "main" {
                  name                = "security"
                  email               = "security@example.com"
                ↓  alert_notifications = false
                  alerts_to_admins    = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_security_center_contact" "main" {
                  name                = "security"
                  email               = "security@example.com"
                  alert_notifications = true
                  alerts_to_admins    = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_security_center_contact"], setting: ["alert_notifications"],
        expectation: .explicitly([.bool(true)]), problem: "sends no alert e-mails")
}

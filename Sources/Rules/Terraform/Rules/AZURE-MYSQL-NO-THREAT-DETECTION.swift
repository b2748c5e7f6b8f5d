extension ResourceSettingRule {
    static let azureMySQLThreatDetection = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-MYSQL-NO-THREAT-DETECTION", title: "MySQL server has no threat detection", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "Threat detection (Defender for open-source databases) warns of brute force, logins from unusual places and suspicious queries. Low: Defender may be enabled for the whole subscription instead.",
            recommendation: "Add `threat_detection_policy { enabled = true, email_addresses = [...] }`.",
            equivalents: [.checkov("CKV_AZURE_127")],
            triggering: [
                """
                ↓resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_mysql_server" "main" {
                  name     = "main"
                  sku_name = "GP_Gen5_2"
                  version  = "8.0"
                  ssl_enforcement_enabled = true
                  threat_detection_policy {
                    enabled         = true
                    email_addresses = ["security@example.com"]
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_mysql_server"], setting: ["threat_detection_policy", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "raises no security alerts")
}

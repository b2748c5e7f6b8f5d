/// SQL auditing policies that delete audit records within 90 days.
struct AzureSQLAuditRetentionRule: Rule {
    /// Unless the policy sets `logs.minimum_retention_days`.
    static let shortestRetention = 90.0

    let description = RuleDescription(
        id: "AZURE-SQL-AUDIT-SHORT-RETENTION", title: "SQL audit logs are kept for less than 90 days", severity: .low, cwe: 778,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Logging › Logs are kept long enough to investigate",
        rationale: "Breaches are found after a median of weeks to months; audit records deleted sooner cannot show what was read or changed. Low. `0` keeps them forever.",
        recommendation: "Set `retention_in_days = 90` or more, or the policy's `logs.minimum_retention_days` (or `0` to keep them).",
        equivalents: [.checkov("CKV_AZURE_24"), .checkov("CKV_AZURE_156")],
        triggering: [
            """
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id         = azurerm_mssql_server.main.id
            ↓  retention_in_days = 30
            }
            """,
            // Under a policy that keeps logs six years (`logs: { retention_profile: hipaa }`).
            RuleExample("""
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id         = azurerm_mssql_server.main.id
            ↓  retention_in_days = 365
            }
            """, parameters: RuleParameters(minimumLogRetentionDays: 2192)),
        ],
        nonTriggering: [
            """
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id         = azurerm_mssql_server.main.id
              retention_in_days = 90
            }
            """,
            RuleExample("""
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id         = azurerm_mssql_server.main.id
              retention_in_days = 0
            }
            """, parameters: RuleParameters(minimumLogRetentionDays: 2192)),
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["azurerm_mssql_server_extended_auditing_policy", "azurerm_mssql_database_extended_auditing_policy"]
            .flatMap(module.resources(ofType:)).compactMap { policy in
                guard let days = policy.settings.attribute("retention_in_days"),
                      let count = module.evaluate(days.expression).numberValue, count > 0, count < module.minimumLogRetention(otherwise: Self.shortestRetention)
                else { return nil }
                return policy.violation(line: days.line, message: "\(policy.address) keeps audit records for \(Int(count)) days.", detail: "retention_in_days")
            }
    }
}

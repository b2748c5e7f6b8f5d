/// Activity log profiles that delete the activity log within a year.
struct AzureLogProfileRetentionRule: Rule {
    /// Unless the policy sets `logs.minimum_retention_days`.
    static let shortestRetention = 365.0

    let description = RuleDescription(
        id: "AZURE-LOG-PROFILE-SHORT-RETENTION", title: "Activity log is kept for less than a year", severity: .low, cwe: 778,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Logging › Logs are kept long enough to investigate",
        rationale: "The activity log records every control-plane change (role assignments, deletions, key listings); kept for less than a year it cannot cover a slow intrusion or a yearly audit. Low.",
        recommendation: "Set `retention_policy { enabled = true, days = 365 }` (or `enabled = false, days = 0` to keep it forever), or export it with a diagnostic setting to long-term storage.",
        equivalents: [.checkov("CKV_AZURE_37")],
        triggering: [
            """
            resource "azurerm_monitor_log_profile" "main" {
              name       = "default"
              categories = ["Action", "Delete", "Write"]
              locations  = ["global", "westeurope"]
              retention_policy {
                enabled = true
            ↓    days    = 90
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_monitor_log_profile" "main" {
              name       = "default"
              categories = ["Action", "Delete", "Write"]
              locations  = ["global", "westeurope"]
              retention_policy {
                enabled = true
                days    = 365
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_monitor_log_profile").compactMap { profile in
            // A disabled retention policy keeps the log forever.
            guard let policy = profile.settings.blocks("retention_policy").first, policy.value("enabled")?.boolValue == true,
                  let days = policy.attribute("days"), let count = module.evaluate(days.expression).numberValue, count < module.minimumLogRetention(otherwise: Self.shortestRetention)
            else { return nil }
            return profile.violation(line: days.line, message: "\(profile.address) keeps the activity log for \(Int(count)) days.", detail: "retention_policy")
        }
    }
}

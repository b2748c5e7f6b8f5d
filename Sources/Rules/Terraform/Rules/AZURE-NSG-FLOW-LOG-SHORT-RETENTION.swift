/// Flow logs kept for less than 90 days.
struct AzureFlowLogRetentionRule: Rule {
    /// Unless the policy sets `logs.minimum_retention_days`.
    static let shortestRetention = 90.0

    let description = RuleDescription(
        id: "AZURE-NSG-FLOW-LOG-SHORT-RETENTION", title: "Flow log is kept for less than 90 days", severity: .low, cwe: 778,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Logging › Logs are kept long enough to investigate",
        rationale: "Intrusions are found after a median of weeks to months; flow logs deleted sooner cannot show where the intruder connected from. Low.",
        recommendation: "Set `retention_policy { enabled = true, days = 90 }` or more (or export to Log Analytics with longer retention).",
        equivalents: [.checkov("CKV_AZURE_12")],
        triggering: [
            """
            resource "azurerm_network_watcher_flow_log" "app" {
              name                 = "app"
              network_watcher_name = azurerm_network_watcher.main.name
              target_resource_id   = azurerm_virtual_network.main.id
              storage_account_id   = azurerm_storage_account.logs.id
              enabled              = true
              retention_policy {
                enabled = true
            ↓    days    = 30
              }
            }
            """,
            """
            ↓resource "azurerm_network_watcher_flow_log" "app" {
              name                 = "app"
              network_watcher_name = azurerm_network_watcher.main.name
              target_resource_id   = azurerm_virtual_network.main.id
              storage_account_id   = azurerm_storage_account.logs.id
              enabled              = true
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_network_watcher_flow_log" "app" {
              name                 = "app"
              network_watcher_name = azurerm_network_watcher.main.name
              target_resource_id   = azurerm_virtual_network.main.id
              storage_account_id   = azurerm_storage_account.logs.id
              enabled              = true
              retention_policy {
                enabled = true
                days    = 90
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_network_watcher_flow_log").compactMap { log in
            guard let policy = log.settings.blocks("retention_policy").first else {
                return log.violation(message: "\(log.address) keeps flow logs without a retention policy.", detail: "retention_policy")
            }
            if policy.value("enabled")?.boolValue == false {
                return log.violation(line: policy.attribute("enabled")?.line, message: "\(log.address) has its retention policy off.", detail: "retention_policy")
            }
            // 0 days keeps logs forever; an unknown number is not guessed.
            guard let days = policy.attribute("days"), let count = module.evaluate(days.expression).numberValue,
                  count > 0, count < module.minimumLogRetention(otherwise: Self.shortestRetention)
            else { return nil }
            return log.violation(line: days.line, message: "\(log.address) keeps flow logs for \(Int(count)) days.", detail: "retention_policy")
        }
    }
}

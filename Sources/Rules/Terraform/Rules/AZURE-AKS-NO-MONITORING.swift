extension RequiredSettingRule {
    static let azureAKSMonitoring = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-NO-MONITORING", title: "AKS cluster sends no logs to Azure Monitor", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Control-plane activity is logged",
            rationale: "Without Container Insights (the OMS agent), workload logs and node metrics stay on the nodes, where an intruder can erase them. Low.",
            recommendation: "Add `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id }` (and a diagnostic setting for control-plane logs).",
            equivalents: [.checkov("CKV_AZURE_4")],
            triggering: [
                """
                ↓resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                  oms_agent {
                    log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], alternatives: [["oms_agent", "log_analytics_workspace_id"], ["monitor_metrics"]],
        attachments: [.init(type: "azurerm_monitor_diagnostic_setting", reference: "target_resource_id")],
        problem: "keeps no logs outside its nodes")
}

extension ResourceSettingRule {
    static let azureFlowLogEnabled = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-NSG-FLOW-LOG-DISABLED", title: "Network Watcher flow log is turned off", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Network traffic is logged",
            rationale: "A disabled flow log records nothing, so connections to and from the network cannot be traced after an incident. Low.",
            recommendation: "Set `enabled = true`.",
            equivalents: [.kics("Network Watcher Flow Disabled")],
            triggering: [
                """
                resource "azurerm_network_watcher_flow_log" "app" {
                  name                 = "app"
                  network_watcher_name = azurerm_network_watcher.main.name
                  target_resource_id   = azurerm_virtual_network.main.id
                  storage_account_id   = azurerm_storage_account.logs.id
                ↓  enabled              = false
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
                }
                """,
            ]),
        resourceTypes: ["azurerm_network_watcher_flow_log"], setting: ["enabled"],
        expectation: .explicitly([.bool(true)]), problem: "records no traffic")
}

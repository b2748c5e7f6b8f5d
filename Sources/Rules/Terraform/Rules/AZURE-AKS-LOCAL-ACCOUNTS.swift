extension ResourceSettingRule {
    static let azureAKSLocalAccounts = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-LOCAL-ACCOUNTS", title: "AKS cluster keeps local accounts", severity: .medium, cwe: 287,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "The local `clusterAdmin` credential bypasses Entra ID, cannot be revoked per user and works from anywhere the API does. Medium.",
            recommendation: "Set `local_account_disabled = true` (requires Entra ID integration).",
            equivalents: [.checkov("CKV_AZURE_141")],
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
                  local_account_disabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], setting: ["local_account_disabled"],
        expectation: .explicitly([.bool(true)]), problem: "keeps a static admin credential")
}

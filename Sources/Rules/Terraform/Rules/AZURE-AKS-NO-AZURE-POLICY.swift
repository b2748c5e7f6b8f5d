extension ResourceSettingRule {
    static let azureAKSAzurePolicy = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-NO-AZURE-POLICY", title: "AKS cluster has no Azure Policy add-on", severity: .low, cwe: 693,
            checklist: "Kubernetes › Admission control enforces pod security",
            rationale: "The Azure Policy add-on (Gatekeeper) enforces pod security and image rules at admission; without it privileged or unapproved workloads are admitted. Low: another admission controller may be in place.",
            recommendation: "Set `azure_policy_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_116"), .kics("AKS Uses Azure Policies Add-On Disabled")],
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
                  azure_policy_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], setting: ["azure_policy_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "admits workloads without policy checks")
}

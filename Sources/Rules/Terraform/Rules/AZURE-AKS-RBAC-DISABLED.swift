extension ResourceSettingRule {
    static let azureAKSRBAC = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-RBAC-DISABLED", title: "AKS cluster has Kubernetes RBAC off", severity: .high, cwe: 285,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Kubernetes › Access is authorised by RBAC",
            rationale: "Without RBAC, every authenticated user and service account is authorised for everything in the cluster. High.",
            recommendation: "Remove `role_based_access_control_enabled = false` (the default is true).",
            equivalents: [.checkov("CKV_AZURE_5"), .kics("AKS RBAC Disabled")],
            triggering: [
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                ↓  role_based_access_control_enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                  role_based_access_control_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], setting: ["role_based_access_control_enabled"],
        expectation: .never([.bool(false)]), problem: "authorises every request")
}

extension RequiredSettingRule {
    static let azureAKSEntraIntegration = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-NO-ENTRA-INTEGRATION", title: "AKS cluster is not integrated with Microsoft Entra ID", severity: .medium, cwe: 287,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without Entra ID integration, users reach the cluster with certificates from `az aks get-credentials --admin`, which cannot be revoked individually nor protected by MFA. Medium.",
            recommendation: "Add `azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }`.",
            equivalents: [],
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
                  azure_active_directory_role_based_access_control {
                    azure_rbac_enabled     = true
                    admin_group_object_ids = [var.aks_admins_group_id]
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], alternatives: [["azure_active_directory_role_based_access_control"]],
        problem: "authenticates users with cluster certificates")
}

extension RequiredSettingRule {
    static let azureAKSPublicAPIServer = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-PUBLIC-API-SERVER", title: "AKS API server is reachable from any address", severity: .high, cwe: 284,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Network exposure › Control planes are not reachable from the internet",
            rationale: "With a public API server and no authorised IP ranges, the Kubernetes API answers the whole internet; only authentication stands between it and every API vulnerability. High.",
            recommendation: "Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = [\"203.0.113.0/24\"] }`.",
            equivalents: [.checkov("CKV_AZURE_6"), .checkov("CKV_AZURE_115"), .kics("AKS Private Cluster Disabled")],
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
                  api_server_access_profile {
                    authorized_ip_ranges = ["203.0.113.0/24"]
                  }
                }
                """,
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                  private_cluster_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], alternatives: [["private_cluster_enabled"], ["api_server_access_profile", "authorized_ip_ranges"], ["api_server_authorized_ip_ranges"]],
        problem: "answers Kubernetes API requests from any address")
}

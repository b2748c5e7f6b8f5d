extension ResourceSettingRule {
    static let azureAKSNetworkPolicy = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-NO-NETWORK-POLICY", title: "AKS cluster does not enforce network policies", severity: .medium, cwe: 923,
            checklist: "Kubernetes › Workloads are isolated by network policy",
            rationale: "Without a network policy engine, NetworkPolicy objects are accepted and silently ignored: every pod can reach every other. Medium.",
            recommendation: "Set `network_profile { network_plugin = \"azure\", network_policy = \"azure\" }` (or `\"calico\"`, `\"cilium\"`).",
            equivalents: [.checkov("CKV_AZURE_7"), .kics("AKS Network Policy Misconfigured")],
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
                  network_profile {
                    network_plugin = "azure"
                    network_policy = "azure"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], setting: ["network_profile", "network_policy"],
        expectation: .present, problem: "ignores NetworkPolicy objects")
}

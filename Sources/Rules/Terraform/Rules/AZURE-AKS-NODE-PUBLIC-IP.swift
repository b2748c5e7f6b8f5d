extension ResourceSettingRule {
    static let azureAKSNodePublicIP = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-AKS-NODE-PUBLIC-IP", title: "AKS nodes have public IP addresses", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Public node addresses put kubelets, NodePorts and host services one NSG rule away from the internet. Medium.",
            recommendation: "Remove `node_public_ip_enabled = true` (`enable_node_public_ip` before azurerm 4) from the node pool.",
            equivalents: [.checkov("CKV_AZURE_143")],
            triggering: [
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                  default_node_pool {
                    name                   = "system"
                    vm_size                = "Standard_D2s_v5"
                ↓    node_public_ip_enabled = true
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_kubernetes_cluster" "main" {
                  name       = "main"
                  dns_prefix = "main"
                  default_node_pool {
                    name                   = "system"
                    vm_size                = "Standard_D2s_v5"
                    node_public_ip_enabled = false
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_kubernetes_cluster"], setting: ["default_node_pool", "node_public_ip_enabled"],
        expectation: .never([.bool(true)]), problem: "gives its nodes public addresses", formerSetting: ["default_node_pool", "enable_node_public_ip"])
}

extension ResourceSettingRule {
    static let azureContainerRegistryPublicNetwork = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-ACR-PUBLIC-NETWORK", title: "Container registry accepts connections from public networks", severity: .low, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "With public network access (the default), the registry answers every network, so a leaked token pushes images from anywhere. Low: private access needs the Premium SKU.",
            recommendation: "Set `public_network_access_enabled = false` and use private endpoints.",
            equivalents: [.checkov("CKV_AZURE_139")],
            triggering: [
                """
                ↓resource "azurerm_container_registry" "main" {
                  name = "main"
                  sku  = "Premium"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_container_registry" "main" {
                  name                          = "main"
                  sku                           = "Premium"
                  public_network_access_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_container_registry"], setting: ["public_network_access_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "is reachable on a public endpoint")
}

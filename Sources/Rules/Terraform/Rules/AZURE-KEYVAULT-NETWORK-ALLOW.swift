extension ResourceSettingRule {
    static let azureKeyVaultNetworkACLs = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-NETWORK-ALLOW", title: "Key Vault accepts requests from any network", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Without network ACLs that deny by default, the vault answers every network, so a leaked token or client secret works from anywhere. Medium.",
            recommendation: "Add `network_acls { default_action = \"Deny\", bypass = \"AzureServices\", ip_rules = [...], virtual_network_subnet_ids = [...] }` or use a private endpoint.",
            equivalents: [.checkov("CKV_AZURE_109")],
            triggering: [
                """
                ↓resource "azurerm_key_vault" "main" {
                  name      = "main"
                  sku_name  = "standard"
                  tenant_id = var.tenant_id
                }
                """,
                """
                resource "azurerm_key_vault" "main" {
                  name      = "main"
                  sku_name  = "standard"
                  tenant_id = var.tenant_id
                  network_acls {
                ↓    default_action = "Allow"
                    bypass         = "AzureServices"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_key_vault" "main" {
                  name      = "main"
                  sku_name  = "standard"
                  tenant_id = var.tenant_id
                  network_acls {
                    default_action             = "Deny"
                    bypass                     = "AzureServices"
                    virtual_network_subnet_ids = [azurerm_subnet.app.id]
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault"], setting: ["network_acls", "default_action"],
        expectation: .explicitly([.string("Deny")]), problem: "accepts requests from any network")
}

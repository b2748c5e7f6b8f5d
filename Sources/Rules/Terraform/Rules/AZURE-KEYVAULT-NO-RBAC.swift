extension ResourceSettingRule {
    static let azureKeyVaultRBAC = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-NO-RBAC", title: "Key Vault uses access policies instead of Azure RBAC", severity: .low, cwe: 285,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Permissions are granted through groups or roles",
            rationale: "Vault access policies are all-or-nothing per object type, cannot be scoped to one secret, and anyone with Contributor on the vault can grant themselves access. Low.",
            recommendation: "Set `rbac_authorization_enabled = true` (`enable_rbac_authorization` before azurerm 4) and grant `Key Vault Secrets User` and similar roles.",
            equivalents: [],
            triggering: [
                """
                ↓resource "azurerm_key_vault" "main" {
                  name      = "main"
                  sku_name  = "standard"
                  tenant_id = var.tenant_id
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_key_vault" "main" {
                  name      = "main"
                  sku_name  = "standard"
                  tenant_id = var.tenant_id
                  rbac_authorization_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault"], setting: ["rbac_authorization_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "authorises with vault access policies", formerSetting: ["enable_rbac_authorization"])
}

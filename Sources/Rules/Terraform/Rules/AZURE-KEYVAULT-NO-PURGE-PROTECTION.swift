extension ResourceSettingRule {
    static let azureKeyVaultPurgeProtection = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-KEYVAULT-NO-PURGE-PROTECTION", title: "Key Vault has no purge protection", severity: .medium, cwe: 693,
            checklist: "Resilience › Critical data stores are protected from deletion",
            rationale: "Without purge protection, a deleted vault or key can be purged at once, destroying every secret and the data encrypted with its keys. Medium: needs privileged access, but the loss is permanent.",
            recommendation: "Set `purge_protection_enabled = true`.",
            equivalents: [.checkov("CKV_AZURE_110"), .checkov("CKV_AZURE_42")],
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
                  name                     = "main"
                  sku_name                 = "standard"
                  tenant_id                = var.tenant_id
                  purge_protection_enabled = true
                }
                """,
            ]),
        resourceTypes: ["azurerm_key_vault"], setting: ["purge_protection_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "can be purged immediately after deletion")
}

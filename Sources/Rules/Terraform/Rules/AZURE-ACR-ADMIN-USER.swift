extension ResourceSettingRule {
    static let azureContainerRegistryAdmin = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-ACR-ADMIN-USER", title: "Container registry has the admin user on", severity: .medium, cwe: 798,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "The admin user is one shared username and password with push and pull rights on every repository, which cannot be scoped or attributed. Medium.",
            recommendation: "Remove `admin_enabled = true`; pull with managed identities and push with scoped tokens or Entra ID.",
            equivalents: [.checkov("CKV_AZURE_137"), .kics("Admin User Enabled For Container Registry")],
            triggering: [
                """
                resource "azurerm_container_registry" "main" {
                  name          = "main"
                  sku           = "Premium"
                ↓  admin_enabled = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_container_registry" "main" {
                  name          = "main"
                  sku           = "Premium"
                  admin_enabled = false
                }
                """,
            ]),
        resourceTypes: ["azurerm_container_registry"], setting: ["admin_enabled"],
        expectation: .never([.bool(true)]), problem: "has a shared admin password")
}

/// Custom role definitions that allow every action.
struct AzureCustomRoleWildcardRule: Rule {
    let description = RuleDescription(
        id: "AZURE-CUSTOM-ROLE-WILDCARD", title: "Custom role allows every action", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Identity › Least privilege",
        rationale: "`actions = [\"*\"]` makes the custom role an Owner in disguise over its assignable scopes, including the right to assign roles. High.",
        recommendation: "List the actions the role needs (`Microsoft.Compute/virtualMachines/start/action`, …), or use a built-in role.",
        equivalents: [.checkov("CKV_AZURE_39")],
        triggering: [
            """
            resource "azurerm_role_definition" "ops" {
              name  = "ops"
              scope = data.azurerm_subscription.current.id
              permissions {
            ↓    actions     = ["*"]
                not_actions = []
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_role_definition" "ops" {
              name  = "ops"
              scope = data.azurerm_subscription.current.id
              permissions {
                actions = ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/restart/action"]
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_role_definition").flatMap { role in
            role.settings.blocks("permissions").enumerated().compactMap { index, permissions -> Violation? in
                guard let actions = permissions.attribute("actions"),
                      module.evaluate(actions.expression).listElements.contains(where: { $0.stringValue == "*" })
                else { return nil }
                return role.violation(line: actions.line, message: "\(role.address) allows every action.", detail: "permissions[\(index)]")
            }
        }
    }
}

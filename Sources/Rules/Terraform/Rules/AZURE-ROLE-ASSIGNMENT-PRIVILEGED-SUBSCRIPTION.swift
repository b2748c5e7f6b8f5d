import InfragateParsers

/// Owner and Contributor assigned at subscription scope (or above).
struct AzurePrivilegedSubscriptionAssignmentRule: Rule {
    static let privilegedRoles: Set<String> = ["owner", "contributor", "user access administrator"]

    let description = RuleDescription(
        id: "AZURE-ROLE-ASSIGNMENT-PRIVILEGED-SUBSCRIPTION", title: "Owner or Contributor assigned on a whole subscription", severity: .high, cwe: 269,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Identity › Least privilege",
        rationale: "Owner, Contributor and User Access Administrator at subscription (or management group) scope control every resource in it; a compromised principal holding one can read every secret and destroy everything. High.",
        recommendation: "Assign narrower built-in roles on the resource groups or resources that need them, and use Privileged Identity Management for standing admin rights.",
        triggering: [
            """
            resource "azurerm_role_assignment" "ci" {
            ↓  scope                = data.azurerm_subscription.current.id
              role_definition_name = "Contributor"
              principal_id         = azuread_service_principal.ci.object_id
            }
            """,
            """
            resource "azurerm_role_assignment" "ops" {
            ↓  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
              role_definition_name = "Owner"
              principal_id         = var.ops_group_id
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_role_assignment" "ci" {
              scope                = azurerm_resource_group.app.id
              role_definition_name = "Contributor"
              principal_id         = azuread_service_principal.ci.object_id
            }
            """,
            """
            resource "azurerm_role_assignment" "reader" {
              scope                = data.azurerm_subscription.current.id
              role_definition_name = "Reader"
              principal_id         = var.auditors_group_id
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_role_assignment").compactMap { assignment in
            guard let role = assignment.settings.value("role_definition_name")?.stringValue,
                  Self.privilegedRoles.contains(role.lowercased()),
                  let scope = assignment.settings.attribute("scope"), Self.isSubscriptionWide(scope.expression, in: module)
            else { return nil }
            return assignment.violation(line: scope.line, message: "\(assignment.address) assigns `\(role)` on a whole subscription.", detail: "scope")
        }
    }

    /// `/subscriptions/<id>` or a management group, literally, or the id of a subscription data
    /// source or resource (`data.azurerm_subscription.current.id`).
    private static func isSubscriptionWide(_ expression: HCLExpression, in module: TerraformModule) -> Bool {
        // A reference names its type whether or not the module declares it.
        if case .variable(let root, let traversers) = expression.kind, case .attribute(let first)? = traversers.first {
            return ["azurerm_subscription", "azurerm_management_group"].contains(root == "data" ? first : root)
        }
        guard let scope = module.evaluate(expression).stringValue?.lowercased() else { return false }
        let parts = scope.split(separator: "/")
        return (parts.count == 2 && parts[0] == "subscriptions") || scope.hasPrefix("/providers/microsoft.management/managementgroups/")
    }
}

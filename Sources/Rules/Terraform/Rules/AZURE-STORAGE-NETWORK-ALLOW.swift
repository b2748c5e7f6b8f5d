/// Storage accounts whose network rules admit every network by default.
struct AzureStorageNetworkRulesRule: Rule {
    let description = RuleDescription(
        id: "AZURE-STORAGE-NETWORK-ALLOW", title: "Storage account accepts requests from any network", severity: .medium, cwe: 284,
        checklist: "Network exposure › Only intended services are reachable from the internet",
        rationale: "Without network rules that deny by default, the account answers every network, so a leaked key or SAS token works from anywhere. Medium.",
        recommendation: "Add `network_rules { default_action = \"Deny\", bypass = [\"AzureServices\"], virtual_network_subnet_ids = [...] }` (or an `azurerm_storage_account_network_rules`), or use private endpoints.",
        equivalents: [.checkov("CKV_AZURE_35"), .checkov("CKV_AZURE_59")],
        triggering: [
            """
            ↓resource "azurerm_storage_account" "data" {
              name                     = "data"
              account_tier             = "Standard"
              account_replication_type = "GRS"
            }
            """,
            """
            resource "azurerm_storage_account" "data" {
              name                     = "data"
              account_tier             = "Standard"
              account_replication_type = "GRS"
            }

            resource "azurerm_storage_account_network_rules" "data" {
              storage_account_id = azurerm_storage_account.data.id
            ↓  default_action     = "Allow"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_storage_account" "data" {
              name                     = "data"
              account_tier             = "Standard"
              account_replication_type = "GRS"
              network_rules {
                default_action             = "Deny"
                bypass                     = ["AzureServices"]
                virtual_network_subnet_ids = [azurerm_subnet.app.id]
              }
            }
            """,
            """
            resource "azurerm_storage_account" "data" {
              name                          = "data"
              account_tier                  = "Standard"
              account_replication_type      = "GRS"
              public_network_access_enabled = false
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        var found: [Violation] = []
        let separate = TerraformAttachments([("azurerm_storage_account_network_rules", "storage_account_id")], in: module)
        for rules in module.resources(ofType: "azurerm_storage_account_network_rules") {
            if let violation = Self.allowing(rules.settings, of: rules) { found.append(violation) }
        }
        for account in module.resources(ofType: "azurerm_storage_account") {
            if account.settings.value("public_network_access_enabled")?.boolValue == false || separate.mayConfigure(account) { continue }
            if let inline = account.settings.blocks("network_rules").first {
                if let violation = Self.allowing(inline, of: account) { found.append(violation) }
            } else {
                found.append(account.violation(message: "\(account.address) accepts requests from any network: no `network_rules` deny by default.", detail: "network_rules"))
            }
        }
        return found
    }

    private static func allowing(_ rules: TerraformBlock, of resource: TerraformResource) -> Violation? {
        guard let action = rules.attribute("default_action"),
              rules.module.evaluate(action.expression).stringValue?.lowercased() == "allow"
        else { return nil }
        return resource.violation(line: action.line, message: "\(resource.address) accepts requests from any network.", detail: "network_rules")
    }
}

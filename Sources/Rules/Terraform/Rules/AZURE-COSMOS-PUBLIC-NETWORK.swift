/// Cosmos DB accounts that answer every network.
struct AzureCosmosPublicNetworkRule: Rule {
    let description = RuleDescription(
        id: "AZURE-COSMOS-PUBLIC-NETWORK", title: "Cosmos DB account accepts requests from any network", severity: .medium, cwe: 284,
        checklist: "Network exposure › Databases are not reachable from the internet",
        rationale: "With public network access (the default) and neither an IP filter nor virtual network rules, the account answers the whole internet, so a leaked key works from anywhere. Medium.",
        recommendation: "Set `public_network_access_enabled = false` and use private endpoints, or restrict with `ip_range_filter` and `is_virtual_network_filter_enabled = true`.",
        equivalents: [.checkov("CKV_AZURE_101"), .checkov("CKV_AZURE_99"), .kics("CosmosDB Account IP Range Filter Not Set")],
        triggering: [
            """
            ↓resource "azurerm_cosmosdb_account" "main" {
              name       = "main"
              offer_type = "Standard"
              kind       = "GlobalDocumentDB"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "azurerm_cosmosdb_account" "main" {
              name                          = "main"
              offer_type                    = "Standard"
              kind                          = "GlobalDocumentDB"
              public_network_access_enabled = false
            }
            """,
            """
            resource "azurerm_cosmosdb_account" "main" {
              name                              = "main"
              offer_type                        = "Standard"
              kind                              = "GlobalDocumentDB"
              is_virtual_network_filter_enabled = true
              virtual_network_rule {
                id = azurerm_subnet.app.id
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "azurerm_cosmosdb_account").compactMap { account in
            let settings = account.settings
            if let access = settings.value("public_network_access_enabled"), access.boolValue != true { return nil }
            if RequiredSettingRule.isSet(["ip_range_filter"], in: settings) || RequiredSettingRule.isSet(["is_virtual_network_filter_enabled"], in: settings) {
                return nil
            }
            return account.violation(
                line: settings.attribute("public_network_access_enabled")?.line,
                message: "\(account.address) accepts requests from any network: no IP filter, virtual network rule or private-only access.", detail: "network")
        }
    }
}

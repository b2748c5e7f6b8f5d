extension ResourceSettingRule {
    static let azureApplicationGatewayWAF = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-APPGW-NO-WAF", title: "Application Gateway has no web application firewall", severity: .medium, cwe: 693,
            checklist: "Network exposure › Public endpoints are protected by a web application firewall",
            rationale: "Without a WAF, the gateway forwards injection, path traversal and known exploit payloads to the applications behind it. Medium.",
            recommendation: "Use the `WAF_v2` SKU with `firewall_policy_id` (or `waf_configuration { enabled = true, firewall_mode = \"Prevention\" }`).",
            equivalents: [.checkov("CKV_AZURE_120")],
            triggering: [
                """
                ↓resource "azurerm_application_gateway" "web" {
                  name = "web"
                  sku {
                    name = "Standard_v2"
                    tier = "Standard_v2"
                  }
                }
                """,
                """
                resource "azurerm_application_gateway" "web" {
                  name = "web"
                  sku {
                    name = "WAF_v2"
                    tier = "WAF_v2"
                  }
                  waf_configuration {
                ↓    enabled          = false
                    firewall_mode    = "Prevention"
                    rule_set_version = "3.2"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_application_gateway" "web" {
                  name = "web"
                  sku {
                    name = "WAF_v2"
                    tier = "WAF_v2"
                  }
                  waf_configuration {
                    enabled          = true
                    firewall_mode    = "Prevention"
                    rule_set_version = "3.2"
                  }
                }
                """,
                """
                resource "azurerm_application_gateway" "web" {
                  name               = "web"
                  firewall_policy_id = azurerm_web_application_firewall_policy.web.id
                  sku {
                    name = "WAF_v2"
                    tier = "WAF_v2"
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_application_gateway"], setting: ["waf_configuration", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "has no web application firewall", inheritedThrough: ["firewall_policy_id"])
}

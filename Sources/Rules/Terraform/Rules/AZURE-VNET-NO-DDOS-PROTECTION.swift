extension ResourceSettingRule {
    static let azureVNetDDoSProtection = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-VNET-NO-DDOS-PROTECTION", title: "Virtual network has no DDoS Network Protection plan", severity: .info, cwe: 400,
            checklist: "Resilience › Public endpoints withstand denial of service",
            rationale: "Basic DDoS protection does not adapt to the application traffic, nor report or credit attacks. Informational: a plan is worth its cost for virtual networks with public endpoints that must stay up.",
            recommendation: "Add `ddos_protection_plan { id = azurerm_network_ddos_protection_plan.main.id, enable = true }`.",
            equivalents: [],
            triggering: [
                """
                ↓resource "azurerm_virtual_network" "main" {
                  name          = "main"
                  address_space = ["10.0.0.0/16"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_virtual_network" "main" {
                  name          = "main"
                  address_space = ["10.0.0.0/16"]
                  ddos_protection_plan {
                    id     = azurerm_network_ddos_protection_plan.main.id
                    enable = true
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_virtual_network"], setting: ["ddos_protection_plan", "enable"],
        expectation: .explicitly([.bool(true)]), problem: "relies on basic DDoS protection")
}

extension ResourceSettingRule {
    static let azureDefenderTier = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-DEFENDER-FREE-TIER", title: "Microsoft Defender plan is on the Free tier", severity: .medium, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "On the Free tier, Defender for Cloud only assesses posture: it raises no alerts for attacks on servers, databases, storage, Key Vault or Kubernetes. Medium.",
            recommendation: "Set `tier = \"Standard\"` for each `resource_type` the subscription uses.",
            equivalents: [.checkov("CKV_AZURE_19"), .checkov("CKV_AZURE_55"), .checkov("CKV_AZURE_69"), .checkov("CKV_AZURE_84"), .checkov("CKV_AZURE_85"), .checkov("CKV_AZURE_87")],
            triggering: [
                """
                resource "azurerm_security_center_subscription_pricing" "servers" {
                ↓  tier          = "Free"
                  resource_type = "VirtualMachines"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_security_center_subscription_pricing" "servers" {
                  tier          = "Standard"
                  resource_type = "VirtualMachines"
                }
                """,
            ]),
        resourceTypes: ["azurerm_security_center_subscription_pricing"], setting: ["tier"],
        expectation: .explicitly([.string("Standard")]), problem: "raises no threat alerts")
}

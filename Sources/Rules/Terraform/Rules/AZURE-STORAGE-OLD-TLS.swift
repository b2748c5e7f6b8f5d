extension ResourceSettingRule {
    static let azureStorageTLS = ResourceSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-OLD-TLS", title: "Storage account accepts TLS below 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). Medium: exploiting them needs a network position.",
            recommendation: "Set `min_tls_version = \"TLS1_2\"` (the default) or remove the override.",
            equivalents: [.checkov("CKV_AZURE_44")],
            triggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name            = "data"
                ↓  min_tls_version = "TLS1_0"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name            = "data"
                  min_tls_version = "TLS1_2"
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], setting: ["min_tls_version"],
        expectation: .never([.string("TLS1_0"), .string("TLS1_1")]), problem: "accepts deprecated TLS versions")
}

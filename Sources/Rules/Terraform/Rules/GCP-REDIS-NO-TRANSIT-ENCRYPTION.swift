extension ResourceSettingRule {
    static let gcpRedisTransitEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-REDIS-NO-TRANSIT-ENCRYPTION", title: "Memorystore Redis instance accepts unencrypted connections", severity: .medium, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without in-transit encryption, cached data and the AUTH string cross the network in clear text. Medium.",
            recommendation: "Set `transit_encryption_mode = \"SERVER_AUTHENTICATION\"`.",
            equivalents: [.checkov("CKV_GCP_97")],
            triggering: [
                """
                ↓resource "google_redis_instance" "cache" {
                  name           = "cache"
                  memory_size_gb = 1
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_redis_instance" "cache" {
                  name                    = "cache"
                  memory_size_gb          = 1
                  auth_enabled            = true
                  transit_encryption_mode = "SERVER_AUTHENTICATION"
                }
                """,
            ]),
        resourceTypes: ["google_redis_instance"], setting: ["transit_encryption_mode"],
        expectation: .explicitly([.string("SERVER_AUTHENTICATION")]), problem: "accepts unencrypted connections")
}

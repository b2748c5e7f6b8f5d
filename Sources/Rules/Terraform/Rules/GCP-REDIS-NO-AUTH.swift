extension ResourceSettingRule {
    static let gcpRedisAuth = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-REDIS-NO-AUTH", title: "Memorystore Redis instance has AUTH off", severity: .medium, cwe: 306,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Services require authentication",
            rationale: "Without AUTH, anything that can reach the instance on the network can read and change every key. Medium: the instance is only on a private network.",
            recommendation: "Set `auth_enabled = true` and read the AUTH string from Secret Manager.",
            equivalents: [.checkov("CKV_GCP_95")],
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
        resourceTypes: ["google_redis_instance"], setting: ["auth_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "accepts unauthenticated clients")
}

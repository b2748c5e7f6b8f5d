extension ResourceSettingRule {
    static let elastiCacheEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-ELASTICACHE-UNENCRYPTED", title: "ElastiCache replication group is not encrypted at rest", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Caches hold sessions and copies of database rows; backups of an unencrypted group are readable. Medium: cached data is usually short-lived.",
            recommendation: "Set `at_rest_encryption_enabled = true` (it can only be set at creation).",
            equivalents: [.checkov("CKV_AWS_29")],
            triggering: [
                """
                ↓resource "aws_elasticache_replication_group" "sessions" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_elasticache_replication_group" "sessions" {
                  replication_group_id       = "sessions"
                  description                = "sessions"
                  at_rest_encryption_enabled = true
                }
                """,
            ]),
        resourceTypes: ["aws_elasticache_replication_group"], setting: ["at_rest_encryption_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "is not encrypted at rest")
}

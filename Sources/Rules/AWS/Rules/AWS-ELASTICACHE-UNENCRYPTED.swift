extension AWSSettingRule {
    static let elastiCacheEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ELASTICACHE-UNENCRYPTED", title: "ElastiCache replication group is not encrypted at rest", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Caches hold sessions and copies of database rows; backups of an unencrypted group are readable. Medium: cached data is usually short-lived.",
            recommendation: "Set `at_rest_encryption_enabled = true` (it can only be set at creation). In CloudFormation, set `AtRestEncryptionEnabled: true`.",
            equivalents: [.checkov("CKV_AWS_29")],
            triggering: [
                """
                ↓resource "aws_elasticache_replication_group" "sessions" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                }
                """,
                .template("""
                Resources:
                ↓  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                """),
                .template("""
                Resources:
                  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                ↓      AtRestEncryptionEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_elasticache_replication_group" "sessions" {
                  replication_group_id       = "sessions"
                  description                = "sessions"
                  at_rest_encryption_enabled = true
                }
                """,
                .template("""
                Resources:
                  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                      AtRestEncryptionEnabled: true
                """),
            ]),
        types: ["AWS::ElastiCache::ReplicationGroup"], terraform: ["at_rest_encryption_enabled"], cloudFormation: ["AtRestEncryptionEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted", problem: "is not encrypted at rest")
}

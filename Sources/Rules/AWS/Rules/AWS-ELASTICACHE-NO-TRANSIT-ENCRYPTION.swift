extension AWSSettingRule {
    static let elasticacheNoTransitEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ELASTICACHE-NO-TRANSIT-ENCRYPTION", title: "ElastiCache replication group does not encrypt traffic", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without in-transit encryption cache traffic, including AUTH tokens and cached session data, crosses the network in plain text. Medium: needs a network position, then reads everything.",
            recommendation: "Set `transit_encryption_enabled = true` (CloudFormation: `TransitEncryptionEnabled: true`).",
            equivalents: [.checkov("CKV_AWS_30")],
            triggering: [
                """
                ↓resource "aws_elasticache_replication_group" "main" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                }
                """,
                """
                resource "aws_elasticache_replication_group" "main" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                ↓  transit_encryption_enabled = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                ↓      TransitEncryptionEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_elasticache_replication_group" "main" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                  transit_encryption_enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                      TransitEncryptionEnabled: true
                """),
            ]),
        types: ["AWS::ElastiCache::ReplicationGroup"], terraform: ["transit_encryption_enabled"], cloudFormation: ["TransitEncryptionEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is plain text",
        problem: "sends cache traffic in plain text")
}

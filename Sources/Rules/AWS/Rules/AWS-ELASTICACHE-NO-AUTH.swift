extension AWSSettingRule {
    static let elasticacheNoAuth = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ELASTICACHE-NO-AUTH", title: "ElastiCache replication group requires no authentication", severity: .medium, cwe: 306,
            checklist: "Identity › Services require authentication",
            rationale: "Without an AUTH token or RBAC user group, anything that reaches the cache's port may read and write every key. Medium: reachable only inside the VPC.",
            recommendation: "Set `auth_token` from a secret, or `user_group_ids` (CloudFormation: `AuthToken` or `UserGroupIds`).",
            equivalents: [.checkov("CKV_AWS_31")],
            triggering: [
                """
                ↓resource "aws_elasticache_replication_group" "main" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                """),
            ],
            nonTriggering: [
                """
                resource "aws_elasticache_replication_group" "main" {
                  replication_group_id = "sessions"
                  description          = "sessions"
                  auth_token = random_password.cache.result
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      ReplicationGroupDescription: sessions
                      AuthToken: '{{resolve:secretsmanager:cache-auth}}'
                """),
            ]),
        types: ["AWS::ElastiCache::ReplicationGroup"], terraform: ["auth_token"], cloudFormation: ["AuthToken"],
        expectation: .present, whenMissing: "any client on the network may connect",
        problem: "accepts unauthenticated clients",
        inheritedThrough: ["user_group_ids"])
}

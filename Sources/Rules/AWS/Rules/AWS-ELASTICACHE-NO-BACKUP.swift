extension AWSSettingRule {
    static let elasticacheNoBackup = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ELASTICACHE-NO-BACKUP", title: "ElastiCache Redis keeps no snapshots", severity: .low, cwe: 693,
            checklist: "Resilience › Backups and recovery are configured",
            rationale: "With `snapshot_retention_limit` 0 a Redis cache that is also the system of record (sessions, queues) cannot be restored. Low: many caches are rebuildable.",
            recommendation: "Set `snapshot_retention_limit` to 1 or more (CloudFormation: `SnapshotRetentionLimit`).",
            equivalents: [.checkov("CKV_AWS_134")],
            triggering: [
                """
                ↓resource "aws_elasticache_cluster" "main" {
                  cluster_id = "sessions"
                  engine     = "redis"
                }
                """,
                """
                resource "aws_elasticache_cluster" "main" {
                  cluster_id = "sessions"
                  engine     = "redis"
                ↓  snapshot_retention_limit = 0
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.t3.micro
                      NumCacheNodes: 1
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.t3.micro
                      NumCacheNodes: 1
                ↓      SnapshotRetentionLimit: 0
                """),
            ],
            nonTriggering: [
                """
                resource "aws_elasticache_cluster" "main" {
                  cluster_id = "sessions"
                  engine     = "redis"
                  snapshot_retention_limit = 7
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ElastiCache::CacheCluster
                    Properties:
                      Engine: redis
                      CacheNodeType: cache.t3.micro
                      NumCacheNodes: 1
                      SnapshotRetentionLimit: 7
                """),
            ]),
        types: ["AWS::ElastiCache::CacheCluster"], terraform: ["snapshot_retention_limit"], cloudFormation: ["SnapshotRetentionLimit"],
        expectation: .atLeast(1), whenMissing: "the default keeps none",
        problem: "keeps no snapshots",
        inheritedThrough: ["replication_group_id"],
        appliesTo: { $0.setting($0.isTerraform ? "engine" : "Engine")?.known.stringValue?.lowercased() == "redis" })
}

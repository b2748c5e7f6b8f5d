extension AWSSettingRule {
    static let redshiftNoLogging = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-NO-LOGGING", title: "Redshift audit logging is disabled", severity: .low, cwe: 778,
            checklist: "Logging › Database audit and error logs are kept",
            rationale: "Audit logging records connections and user activity; without it a breach of the warehouse leaves no trace. Low: detection and forensics.",
            recommendation: "Add `aws_redshift_logging` or `logging { enable = true }` (CloudFormation: `LoggingProperties`).",
            equivalents: [.checkov("CKV_AWS_71")],
            triggering: [
                """
                ↓resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                  logging {
                    enable = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      LoggingProperties:
                        BucketName: !Ref AuditBucket
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["logging.enable"], cloudFormation: ["LoggingProperties"],
        expectation: .present, whenMissing: "connections and queries are not logged",
        problem: "keeps no audit log")
}

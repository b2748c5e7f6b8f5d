extension AWSSettingRule {
    static let daxUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DAX-UNENCRYPTED", title: "DAX cluster is not encrypted at rest", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "A DAX cluster caches DynamoDB items; without server-side encryption they sit unencrypted on its nodes. Medium.",
            recommendation: "Add `server_side_encryption { enabled = true }` (CloudFormation: `SSESpecification: {SSEEnabled: true}`).",
            equivalents: [.checkov("CKV_AWS_47")],
            triggering: [
                """
                ↓resource "aws_dax_cluster" "main" {
                  cluster_name = "cache"
                  node_type    = "dax.t3.small"
                }
                """,
                """
                resource "aws_dax_cluster" "main" {
                  cluster_name = "cache"
                  node_type    = "dax.t3.small"
                  server_side_encryption {
                ↓    enabled = false
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::DAX::Cluster
                    Properties:
                      NodeType: dax.t3.small
                      ReplicationFactor: 3
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::DAX::Cluster
                    Properties:
                      NodeType: dax.t3.small
                      ReplicationFactor: 3
                      SSESpecification:
                ↓        SSEEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_dax_cluster" "main" {
                  cluster_name = "cache"
                  node_type    = "dax.t3.small"
                  server_side_encryption {
                    enabled = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::DAX::Cluster
                    Properties:
                      NodeType: dax.t3.small
                      ReplicationFactor: 3
                      SSESpecification:
                        SSEEnabled: true
                """),
            ]),
        types: ["AWS::DAX::Cluster"], terraform: ["server_side_encryption.enabled"], cloudFormation: ["SSESpecification.SSEEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "caches items unencrypted")
}

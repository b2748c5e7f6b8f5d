extension AWSSettingRule {
    static let neptuneUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-NEPTUNE-UNENCRYPTED", title: "Neptune cluster is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Storage and snapshots of an unencrypted graph database are readable by whoever gets a copy, and encryption cannot be turned on later. High: databases hold the most sensitive data.",
            recommendation: "Set `storage_encrypted = true` (CloudFormation: `StorageEncrypted: true`).",
            equivalents: [.checkov("CKV_AWS_44")],
            triggering: [
                """
                ↓resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                }
                """,
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                ↓  storage_encrypted = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                ↓      StorageEncrypted: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                  storage_encrypted = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                      StorageEncrypted: true
                """),
            ]),
        types: ["AWS::Neptune::DBCluster"], terraform: ["storage_encrypted"], cloudFormation: ["StorageEncrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "stores data unencrypted",
        inheritedThrough: ["snapshot_identifier"])
}

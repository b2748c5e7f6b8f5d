extension AWSSettingRule {
    static let docdbUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DOCDB-UNENCRYPTED", title: "DocumentDB cluster is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Storage, snapshots and replicas of an unencrypted cluster are readable by whoever gets a copy, and encryption cannot be turned on later. High: databases hold the most sensitive data.",
            recommendation: "Set `storage_encrypted = true` (CloudFormation: `StorageEncrypted: true`).",
            equivalents: [.checkov("CKV_AWS_74")],
            triggering: [
                """
                ↓resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                }
                """,
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                ↓  storage_encrypted = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                ↓      StorageEncrypted: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                  storage_encrypted = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      StorageEncrypted: true
                """),
            ]),
        types: ["AWS::DocDB::DBCluster"], terraform: ["storage_encrypted"], cloudFormation: ["StorageEncrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "stores data unencrypted",
        inheritedThrough: ["snapshot_identifier"])
}

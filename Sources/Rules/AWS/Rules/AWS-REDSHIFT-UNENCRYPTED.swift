extension AWSSettingRule {
    static let redshiftEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-UNENCRYPTED", title: "Redshift cluster is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "A warehouse concentrates the organisation's data; without encryption its storage and snapshots are readable by whoever obtains them. High.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key). In CloudFormation, set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_64")],
            triggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier = "warehouse"
                ↓  encrypted          = false
                }
                """,
                .template("""
                Resources:
                ↓  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                """),
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                ↓      Encrypted: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier = "warehouse"
                  encrypted          = true
                }
                """,
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      Encrypted: true
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["encrypted"], cloudFormation: ["Encrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted", problem: "is not encrypted at rest",
        inheritedThrough: ["snapshot_identifier", "SnapshotIdentifier"])
}

extension AWSSettingRule {
    static let rdsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-UNENCRYPTED", title: "RDS storage is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Database storage, its snapshots and replicas are readable by whoever gets a copy; encryption cannot be turned on later without a snapshot-restore migration. High: databases hold the most sensitive data. Aurora Serverless v1 is always encrypted and is not judged.",
            recommendation: "Set `storage_encrypted = true` (and `kms_key_id` for a customer-managed key); in CloudFormation `StorageEncrypted: true` (and `KmsKeyId`).",
            equivalents: [.checkov("CKV_AWS_16"), .checkov("CKV_AWS_96"), .trivy("AVD-AWS-0080")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }
                """,
                """
                resource "aws_rds_cluster" "main" {
                  engine            = "aurora-postgresql"
                ↓  storage_encrypted = false
                }
                """,
                .template("""
                Resources:
                ↓  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                """),
                .template("""
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                ↓      StorageEncrypted: "false"
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine            = "postgres"
                  instance_class    = "db.t3.micro"
                  storage_encrypted = true
                }
                """,
                """
                resource "aws_db_instance" "replica" {
                  instance_class      = "db.t3.micro"
                  replicate_source_db = aws_db_instance.main.identifier
                }
                """,
                """
                resource "aws_rds_cluster" "main" {
                  engine      = "aurora-mysql"
                  engine_mode = "serverless"
                }
                """,
                .template("""
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      StorageEncrypted: true
                  Writer:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBClusterIdentifier: !Ref Cluster
                      Engine: aurora-postgresql
                  Serverless:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-mysql
                      EngineMode: serverless
                """),
            ]),
        types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], terraform: ["storage_encrypted"], cloudFormation: ["StorageEncrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted", problem: "stores data unencrypted",
        inheritedThrough: ["replicate_source_db", "snapshot_identifier", "cluster_identifier", "DBClusterIdentifier", "SourceDBInstanceIdentifier",
                           "DBSnapshotIdentifier", "SourceDBClusterIdentifier"],
        appliesTo: { !AWSEngines.isAlwaysEncrypted($0) })
}

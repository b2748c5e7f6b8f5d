extension AWSSettingRule {
    static let docdbNoBackupRetention = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DOCDB-NO-BACKUP-RETENTION", title: "DocumentDB cluster keeps backups for less than 7 days", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "DocumentDB keeps automated backups, and with them point-in-time recovery, for `backup_retention_period` days: one day by default, so a deletion or corruption noticed after a weekend cannot be undone. Low: availability and integrity, and one day of recovery remains.",
            recommendation: "Set `backup_retention_period` to at least 7 (CloudFormation: `BackupRetentionPeriod: 7` or more).",
            equivalents: [.checkov("CKV_AWS_360")],
            triggering: [
                """
                ↓resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "orders"
                  storage_encrypted  = true
                }
                """,
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier      = "orders"
                  storage_encrypted       = true
                ↓  backup_retention_period = 3
                }
                """,
                .template("""
                Resources:
                ↓  Orders:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      StorageEncrypted: true
                """),
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      StorageEncrypted: true
                ↓      BackupRetentionPeriod: 1
                """),
            ],
            nonTriggering: [
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier      = "orders"
                  storage_encrypted       = true
                  backup_retention_period = 7
                }
                """,
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      StorageEncrypted: true
                      BackupRetentionPeriod: 35
                """),
            ]),
        types: ["AWS::DocDB::DBCluster"], terraform: ["backup_retention_period"], cloudFormation: ["BackupRetentionPeriod"],
        expectation: .atLeast(7), whenMissing: "the default keeps one day", problem: "keeps backups for less than 7 days")
}

extension AWSSettingRule {
    static let rdsBackups = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-BACKUPS", title: "Database automated backups are disabled", severity: .medium, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "`backup_retention_period = 0` turns off automated backups and point-in-time recovery: ransomware, a bad migration or a deletion cannot be undone. Medium: availability and integrity, not direct exposure.",
            recommendation: "Set `backup_retention_period` to at least 7 days. In CloudFormation, set `BackupRetentionPeriod` to at least 7.",
            equivalents: [.trivy("AVD-AWS-0077")],
            triggering: [
                """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                ↓  backup_retention_period = 0
                }
                """,
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: mysql
                ↓      BackupRetentionPeriod: 0
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                  backup_retention_period = 14
                }
                """,
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: mysql
                      BackupRetentionPeriod: 7
                """),
            ]),
        types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], terraform: ["backup_retention_period"], cloudFormation: ["BackupRetentionPeriod"],
        expectation: .noneOf([.number(0)]), whenMissing: nil, problem: "has no automated backups")
}

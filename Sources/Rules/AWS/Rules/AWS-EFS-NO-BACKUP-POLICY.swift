extension AWSSettingRule {
    static let efsNoBackupPolicy = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EFS-NO-BACKUP-POLICY", title: "EFS file system has no backup policy", severity: .low, cwe: 693,
            checklist: "Resilience › Backups and recovery are configured",
            rationale: "Without automatic backups a deleted or encrypted-by-ransomware file system cannot be restored. Low: AWS Backup plans may cover it.",
            recommendation: "Add `aws_efs_backup_policy` or, in CloudFormation, `BackupPolicy: {Status: ENABLED}`.",
            equivalents: [.checkov("CKV2_AWS_18")],
            triggering: [
                """
                ↓resource "aws_efs_file_system" "main" {
                  encrypted = true
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: true
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: true
                      BackupPolicy:
                ↓        Status: DISABLED
                """),
            ],
            nonTriggering: [
                """
                resource "aws_efs_file_system" "main" {
                  encrypted = true
                }
                resource "aws_efs_backup_policy" "main" {
                  file_system_id = aws_efs_file_system.main.id
                  backup_policy {
                    status = "ENABLED"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: true
                      BackupPolicy:
                        Status: ENABLED
                """),
            ]),
        types: ["AWS::EFS::FileSystem"], terraform: ["BackupPolicy.status"], cloudFormation: ["BackupPolicy.Status"],
        expectation: .oneOf([.string("ENABLED")]), whenMissing: "nothing backs it up",
        problem: "is not backed up")
}

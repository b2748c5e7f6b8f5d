extension AWSSettingRule {
    static let backupVaultNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-BACKUP-VAULT-NO-CMK", title: "Backup vault is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Backups are encrypted with the `aws/backup` key unless a customer key is given; a customer key lets restores be audited and revoked, and survives account compromise when held elsewhere. Low.",
            recommendation: "Set `kms_key_arn` (CloudFormation: `EncryptionKeyArn`).",
            equivalents: [.checkov("CKV_AWS_166")],
            triggering: [
                """
                ↓resource "aws_backup_vault" "main" {
                  name = "main"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                """),
            ],
            nonTriggering: [
                """
                resource "aws_backup_vault" "main" {
                  name = "main"
                  kms_key_arn = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                      EncryptionKeyArn: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::Backup::BackupVault"], terraform: ["kms_key_arn"], cloudFormation: ["EncryptionKeyArn"],
        expectation: .present, whenMissing: "backups use the AWS-managed key",
        problem: "uses an encryption key nobody can audit")
}

extension AWSSettingRule {
    /// Off unless the policy turns it on: a lock is for vaults holding backups that must outlive
    /// an account compromise or meet a retention mandate, and a lock in compliance mode cannot be
    /// undone, so asking it of every vault would be wrong for most.
    static let backupVaultNoLock = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-BACKUP-VAULT-NO-LOCK", title: "Backup vault has no vault lock", severity: .low, cwe: 693,
            checklist: "Resilience › Backups cannot be deleted by a compromised account",
            rationale: "Without AWS Backup Vault Lock, anyone who gains `backup:DeleteRecoveryPoint` (ransomware operators look for it first) deletes the backups before encrypting the data. A lock enforces minimum retention; with `changeable_for_days` it becomes immutable even for the root user after that grace period. Low, and opt-in: a compliance-mode lock cannot be removed, so it is for the vaults that hold backups of record.",
            recommendation: "Add an `aws_backup_vault_lock_configuration` with `backup_vault_name`, `min_retention_days` and (for compliance mode) `changeable_for_days`. In CloudFormation, set the vault's `LockConfiguration: {MinRetentionDays: …, ChangeableForDays: …}`.",
            optIn: true,
            triggering: [
                """
                ↓resource "aws_backup_vault" "main" {
                  name        = "main"
                  kms_key_arn = aws_kms_key.backup.arn
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                      EncryptionKeyArn: !GetAtt BackupKey.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_backup_vault" "main" {
                  name        = "main"
                  kms_key_arn = aws_kms_key.backup.arn
                }
                resource "aws_backup_vault_lock_configuration" "main" {
                  backup_vault_name   = aws_backup_vault.main.name
                  min_retention_days  = 35
                  max_retention_days  = 365
                  changeable_for_days = 3
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Backup::BackupVault
                    Properties:
                      BackupVaultName: main
                      EncryptionKeyArn: !GetAtt BackupKey.Arn
                      LockConfiguration:
                        MinRetentionDays: 35
                        ChangeableForDays: 3
                """),
            ]),
        // The model joins `aws_backup_vault_lock_configuration` in as `LockConfiguration`.
        types: ["AWS::Backup::BackupVault"], terraform: ["LockConfiguration"], cloudFormation: ["LockConfiguration"],
        expectation: .present, whenMissing: "recovery points can be deleted by anyone allowed to", problem: "does not protect its backups from deletion")
}

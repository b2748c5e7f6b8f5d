extension ResourceSettingRule {
    static let efsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-EFS-UNENCRYPTED", title: "EFS file system is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "EFS encryption at rest can only be chosen when the file system is created; an unencrypted file system must be copied to fix it. High: shared file systems usually hold application data.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_42"), .trivy("AVD-AWS-0037")],
            triggering: [
                """
                ↓resource "aws_efs_file_system" "shared" {
                  creation_token = "shared"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_efs_file_system" "shared" {
                  creation_token = "shared"
                  encrypted      = true
                }
                """,
            ]),
        resourceTypes: ["aws_efs_file_system"], setting: ["encrypted"], expectation: .explicitly([.bool(true)]),
        problem: "is not encrypted at rest")
}

extension ResourceSettingRule {
    static let kmsKeyRotation = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-KMS-NO-ROTATION", title: "KMS key rotation is disabled", severity: .medium, cwe: 320,
            checklist: "Data protection › Encryption keys are rotated",
            rationale: "Automatic rotation limits how much data one key version protects and how long a leaked key stays useful. Medium: a defence-in-depth control for keys already access-controlled by IAM.",
            recommendation: "Set `enable_key_rotation = true` on symmetric customer-managed keys.",
            equivalents: [.checkov("CKV_AWS_7"), .trivy("AVD-AWS-0065")],
            triggering: [
                """
                ↓resource "aws_kms_key" "data" {
                  description = "data key"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_kms_key" "data" {
                  description         = "data key"
                  enable_key_rotation = true
                }
                """,
            ]),
        resourceTypes: ["aws_kms_key"], setting: ["enable_key_rotation"], expectation: .explicitly([.bool(true)]),
        problem: "is never rotated")
}

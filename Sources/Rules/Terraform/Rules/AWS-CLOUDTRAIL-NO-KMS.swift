extension ResourceSettingRule {
    static let cloudTrailKMS = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-NO-KMS", title: "CloudTrail logs are not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Logging › Audit logs are protected",
            rationale: "With a customer-managed key, reading the logs needs both bucket access and `kms:Decrypt`, and key use is itself audited. Low: the logs are already encrypted with S3-managed keys.",
            recommendation: "Set `kms_key_id` to a customer-managed KMS key.",
            equivalents: [.checkov("CKV_AWS_35"), .trivy("AVD-AWS-0015")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                  kms_key_id     = aws_kms_key.trail.arn
                }
                """,
            ]),
        resourceTypes: ["aws_cloudtrail"], setting: ["kms_key_id"], expectation: .present,
        problem: "is not encrypted with a customer-managed key")
}

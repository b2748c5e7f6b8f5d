extension S3BucketConfigurationRule {
    static let accessLogging = S3BucketConfigurationRule(
        description: RuleDescription(
            id: "AWS-S3-NO-ACCESS-LOGGING", title: "S3 bucket access logging is not enabled", severity: .low, cwe: 778,
            checklist: "Logging › Access to sensitive data is logged",
            rationale: "Server access logs record who read or changed which object; without them a data leak cannot be scoped. Low: CloudTrail data events are an alternative, and log buckets themselves need not log.",
            recommendation: "Add an `aws_s3_bucket_logging` resource with a `target_bucket`.",
            equivalents: [.checkov("CKV_AWS_18"), .trivy("AVD-AWS-0089")],
            triggering: [
                """
                ↓resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_bucket_logging" "data" {
                  bucket        = aws_s3_bucket.data.id
                  target_bucket = "my-logs"
                  target_prefix = "data/"
                }
                """,
            ]),
        configurationType: "aws_s3_bucket_logging", inlineBlock: "logging", accountWideType: nil,
        problem: "does not log access", unsafeSettings: { _ in [] })
}

extension AWSSettingRule {
    static let cloudTrailKMS = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-NO-KMS", title: "CloudTrail logs are not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Logging › Audit logs are protected",
            rationale: "With a customer-managed key, reading the logs needs both bucket access and `kms:Decrypt`, and key use is itself audited. Low: the logs are already encrypted with S3-managed keys.",
            recommendation: "Set `kms_key_id` to a customer-managed KMS key. In CloudFormation, set `KMSKeyId` to a customer-managed KMS key.",
            equivalents: [.checkov("CKV_AWS_35"), .trivy("AVD-AWS-0015")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                }
                """,
                .template("""
                Resources:
                ↓  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                """),
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                ↓      KMSKeyId: ""
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                  kms_key_id     = aws_kms_key.trail.arn
                }
                """,
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                      KMSKeyId: alias/trail
                """),
            ]),
        types: ["AWS::CloudTrail::Trail"], terraform: ["kms_key_id"], cloudFormation: ["KMSKeyId"],
        expectation: .present, whenMissing: "logs are encrypted with SSE-S3 only", problem: "is not encrypted with a customer-managed key")
}

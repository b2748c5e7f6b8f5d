extension AWSSettingRule {
    static let s3Encryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-S3-NO-ENCRYPTION-CONFIG", title: "S3 bucket has no server-side encryption configuration", severity: .low, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Since 2023 S3 encrypts new objects with S3-managed keys by default; an explicit configuration (ideally SSE-KMS) documents the intent and lets key policies and CloudTrail control and audit reads. Low: objects are encrypted either way.",
            recommendation: "Add an `aws_s3_bucket_server_side_encryption_configuration` resource for the bucket (with `sse_algorithm = \"aws:kms\"` for audited access). In CloudFormation, add `BucketEncryption` (with `SSEAlgorithm: aws:kms` for audited access).",
            equivalents: [.checkov("CKV_AWS_19"), .trivy("AVD-AWS-0088")],
            triggering: [
                """
                ↓resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                """,
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: my-data
                """),
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
                  bucket = "my-data"
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm = "aws:kms"
                    }
                  }
                }
                """,
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                  server_side_encryption_configuration {
                    rule {
                      apply_server_side_encryption_by_default {
                        sse_algorithm = "AES256"
                      }
                    }
                  }
                }
                """,
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: aws:kms
                """),
            ]),
        // The model joins `aws_s3_bucket_server_side_encryption_configuration` in as `BucketEncryption`.
        types: ["AWS::S3::Bucket"], terraform: ["BucketEncryption", "server_side_encryption_configuration"], cloudFormation: ["BucketEncryption"],
        expectation: .present,
        whenMissing: "no `aws_s3_bucket_server_side_encryption_configuration` or `BucketEncryption` configures it",
        problem: "has no explicit encryption configuration")
}

extension S3BucketConfigurationRule {
    static let versioning = S3BucketConfigurationRule(
        description: RuleDescription(
            id: "AWS-S3-NO-VERSIONING", title: "S3 bucket versioning is not enabled", severity: .medium, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Without versioning, an overwrite or delete (a bug, a leaked key, ransomware) destroys the only copy of an object. Medium: integrity and availability of stored data.",
            recommendation: "Add an `aws_s3_bucket_versioning` resource with `versioning_configuration { status = \"Enabled\" }`.",
            equivalents: [.checkov("CKV_AWS_21"), .trivy("AVD-AWS-0090")],
            triggering: [
                """
                ↓resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                """,
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_bucket_versioning" "data" {
                  bucket = aws_s3_bucket.data.id
                  versioning_configuration {
                ↓    status = "Suspended"
                  }
                }
                """,
                // The module's files are judged together: the bucket and its versioning in different files.
                RuleExample("""
                resource "aws_s3_bucket_versioning" "data" {
                  bucket = aws_s3_bucket.data.id
                  versioning_configuration {
                ↓    status = "Suspended"
                  }
                }
                """, path: "storage/versioning.tf", neighbours: ["storage/main.tf": Self.bucket]),
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_bucket_versioning" "data" {
                  bucket = aws_s3_bucket.data.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                """,
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                  versioning {
                    enabled = true
                  }
                }
                """,
                RuleExample(Self.bucket, path: "storage/main.tf", neighbours: ["storage/versioning.tf": """
                resource "aws_s3_bucket_versioning" "data" {
                  bucket = aws_s3_bucket.data.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                """]),
            ]),
        configurationType: "aws_s3_bucket_versioning", inlineBlock: "versioning", accountWideType: nil,
        problem: "keeps no previous versions of objects",
        unsafeSettings: { configuration in
            guard let status = configuration.setting(["versioning_configuration", "status"]) else {
                return [.init(name: "versioning_configuration.status", line: nil, state: "is not set")]
            }
            guard let value = status.value.stringValue, value != "Enabled" else { return [] }
            return [.init(name: "versioning_configuration.status", line: status.line, state: "is `\(value)`")]
        },
        unsafeInlineSettings: { versioning in
            S3Buckets.requireTrue("enabled", in: versioning).map { [$0] } ?? []
        })

    /// A bucket whose settings live in other files of its module.
    private static let bucket = """
        resource "aws_s3_bucket" "data" {
          bucket = "my-data"
        }
        """
}

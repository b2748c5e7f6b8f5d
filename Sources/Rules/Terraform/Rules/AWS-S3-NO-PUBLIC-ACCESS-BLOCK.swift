extension S3BucketConfigurationRule {
    static let publicAccessBlock = S3BucketConfigurationRule(
        description: RuleDescription(
            id: "AWS-S3-NO-PUBLIC-ACCESS-BLOCK", title: "S3 bucket public access is not fully blocked", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "The public access block is the guard rail that keeps a later ACL or bucket policy mistake from publishing the bucket. Each of its four settings defaults to false. High: it is what stands between one typo and a data leak.",
            recommendation: "Add an `aws_s3_bucket_public_access_block` with `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all `true` (or an account-wide `aws_s3_account_public_access_block`).",
            equivalents: [.checkov("CKV2_AWS_6"), .checkov("CKV_AWS_53"), .checkov("CKV_AWS_54"), .checkov("CKV_AWS_55"), .checkov("CKV_AWS_56"), .trivy("AVD-AWS-0094")],
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
                ↓resource "aws_s3_bucket_public_access_block" "data" {
                  bucket                  = aws_s3_bucket.data.id
                  block_public_acls       = true
                  block_public_policy     = true
                ↓  restrict_public_buckets = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_bucket_public_access_block" "data" {
                  bucket                  = aws_s3_bucket.data.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """,
                """
                resource "aws_s3_bucket" "data" {
                  bucket = "my-data"
                }
                resource "aws_s3_account_public_access_block" "all" {
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """,
            ]),
        configurationType: "aws_s3_bucket_public_access_block", inlineBlock: nil,
        accountWideType: "aws_s3_account_public_access_block", problem: "is not protected against public access",
        unsafeSettings: { block in
            ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]
                .compactMap { S3Buckets.requireTrue($0, in: block) }
        })
}

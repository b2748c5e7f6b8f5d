extension ResourceSettingRule {
    static let s3PublicACL = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-S3-PUBLIC-ACL", title: "S3 bucket ACL grants public access", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "`public-read` lets anyone on the internet list and download every object; `public-read-write` also lets them upload and overwrite. Public buckets are the most common cause of cloud data leaks. Critical.",
            recommendation: "Use `acl = \"private\"` (or no ACL with `BucketOwnerEnforced` ownership) and serve public content through CloudFront with origin access control.",
            equivalents: [.checkov("CKV_AWS_20"), .checkov("CKV_AWS_57"), .trivy("AVD-AWS-0092")],
            triggering: [
                """
                resource "aws_s3_bucket" "site" {
                  bucket = "my-site"
                ↓  acl    = "public-read"
                }
                """,
                """
                resource "aws_s3_bucket_acl" "site" {
                  bucket = aws_s3_bucket.site.id
                ↓  acl    = "public-read-write"
                }
                """,
                RuleExample("""
                {
                  "resource": {
                    "aws_s3_bucket": {
                      "site": {
                        "bucket": "my-site",
                ↓        "acl": "${var.acl}"
                      }
                    }
                  },
                  "variable": {
                    "acl": { "default": "public-read" }
                  }
                }
                """, path: "main.tf.json"),
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket_acl" "site" {
                  bucket = aws_s3_bucket.site.id
                  acl    = "private"
                }
                """,
                """
                resource "aws_s3_bucket_acl" "site" {
                  bucket = aws_s3_bucket.site.id
                  acl    = var.acl
                }
                """,
            ]),
        resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl"], setting: ["acl"],
        expectation: .never([.string("public-read"), .string("public-read-write"), .string("authenticated-read")]),
        problem: "is readable by anyone")
}

/// Buckets without a lifecycle rule in force: the inline `lifecycle_rule` blocks, an
/// `aws_s3_bucket_lifecycle_configuration` anywhere in the module, or CloudFormation's
/// `LifecycleConfiguration`; a configuration whose rules are all disabled is none.
struct S3NoLifecycleRule: Rule {
    let description = RuleDescription(
        id: "AWS-S3-NO-LIFECYCLE", title: "S3 bucket has no lifecycle rule", severity: .low, cwe: 404,
        checklist: "Storage › Lifecycle rules expire or archive data",
        rationale: "Without a lifecycle rule every object and, with versioning, every old version and incomplete multipart upload is kept forever: data that should have been deleted under a retention policy stays exposed to a later leak, and cost grows unbounded. Low: a hygiene and data-minimisation control, not an exposure by itself.",
        recommendation: "Add an `aws_s3_bucket_lifecycle_configuration` with at least one `rule { status = \"Enabled\" }` that expires or transitions objects (and `noncurrent_version_expiration`, `abort_incomplete_multipart_upload`). In CloudFormation, add `LifecycleConfiguration.Rules` with `Status: Enabled`.",
        equivalents: [.checkov("CKV2_AWS_61")],
        triggering: [
            """
            ↓resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }
            """,
            """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }
            resource "aws_s3_bucket_lifecycle_configuration" "logs" {
              bucket = aws_s3_bucket.logs.id
              rule {
                id     = "expire"
            ↓    status = "Disabled"
                expiration {
                  days = 90
                }
              }
            }
            """,
            .template("""
            Resources:
            ↓  Logs:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: acme-logs
            """),
        ],
        nonTriggering: [
            """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }
            resource "aws_s3_bucket_lifecycle_configuration" "logs" {
              bucket = aws_s3_bucket.logs.id
              rule {
                id     = "expire"
                status = "Enabled"
                expiration {
                  days = 90
                }
                noncurrent_version_expiration {
                  noncurrent_days = 30
                }
              }
            }
            """,
            RuleExample("""
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }
            """, path: "logs/main.tf", neighbours: ["logs/lifecycle.tf": """
            resource "aws_s3_bucket_lifecycle_configuration" "logs" {
              bucket = "acme-logs"
              rule {
                id     = "expire"
                status = "Enabled"
                expiration {
                  days = 365
                }
              }
            }
            """]),
            """
            resource "aws_s3_bucket" "legacy" {
              bucket = "acme-legacy"
              lifecycle_rule {
                enabled = true
                expiration {
                  days = 30
                }
              }
            }
            """,
            .template("""
            Resources:
              Logs:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: acme-logs
                  LifecycleConfiguration:
                    Rules:
                      - Id: expire
                        Status: Enabled
                        ExpirationInDays: 90
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::S3::Bucket").compactMap { bucket in
            let switches: [AWSValue]
            if bucket.isTerraform, let inline = bucket.setting("lifecycle_rule") {
                switches = inline.elements.map { $0.member("enabled") ?? .unknown(line: $0.line) }
            } else if let configuration = bucket.setting("LifecycleConfiguration") {
                // Terraform's separate resource repeats `rule`; CloudFormation lists `Rules`.
                guard let rules = configuration.member(bucket.isTerraform ? "rule" : "Rules") else {
                    return configuration.isKnown ? violation(bucket, "its lifecycle configuration has no rule", at: configuration) : nil
                }
                switches = rules.elements.map { $0.member("status") ?? .unknown(line: $0.line) }
            } else {
                let missing = bucket.isTerraform ? "no `aws_s3_bucket_lifecycle_configuration` or `lifecycle_rule` in the module configures it" : "`LifecycleConfiguration` is not set"
                return violation(bucket, missing, at: nil)
            }
            let states = switches.map { $0.known }
            guard states.allSatisfy(\.isKnown),
                  states.allSatisfy({ AWSSettingRule.value($0, matches: .bool(false)) || AWSSettingRule.value($0, matches: .string("Disabled")) }),
                  let first = switches.first
            else { return nil }
            return violation(bucket, "every lifecycle rule is disabled", at: first)
        }
    }

    private func violation(_ bucket: AWSResource, _ reason: String, at value: AWSValue?) -> Violation {
        bucket.violation(at: value, message: "\(bucket.address) keeps every object forever: \(reason).", detail: "lifecycle")
    }
}

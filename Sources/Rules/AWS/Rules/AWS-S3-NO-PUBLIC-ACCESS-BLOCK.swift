/// Buckets whose public access block leaves one of its four guards off. A bucket without one is
/// not reported: since April 2023 S3 turns all four on for every new bucket.
struct S3PublicAccessBlockRule: Rule {
    static let guards = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]
    private static let terraformGuards = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

    let description = RuleDescription(
        id: "AWS-S3-NO-PUBLIC-ACCESS-BLOCK", title: "S3 bucket public access block is turned off", severity: .high, cwe: 732,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Cloud storage › Buckets are not public",
        rationale: "The public access block is the guard rail that keeps a later ACL or bucket policy mistake from publishing the bucket. New buckets have all four guards on since April 2023, so only a configuration that turns one off is reported; in that configuration each guard left out is false. High: it is what stands between one typo and a data leak.",
        recommendation: "Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` of the `aws_s3_bucket_public_access_block` to `true`, or remove it to keep the default. In CloudFormation, set `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` of `PublicAccessBlockConfiguration` to `true`.",
        equivalents: [.checkov("CKV2_AWS_6"), .checkov("CKV_AWS_53"), .checkov("CKV_AWS_54"), .checkov("CKV_AWS_55"), .checkov("CKV_AWS_56"), .trivy("AVD-AWS-0094")],
        triggering: [
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
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration:
                    BlockPublicAcls: true
            ↓        BlockPublicPolicy: false
                    IgnorePublicAcls: true
                    RestrictPublicBuckets: true
            """),
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
            """,
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration:
                    BlockPublicAcls: true
                    BlockPublicPolicy: true
                    IgnorePublicAcls: true
                    RestrictPublicBuckets: true
            """),
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration: !If [IsPublicSite, !Ref AWS::NoValue, !Ref Locked]
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::S3::Bucket").flatMap { bucket -> [Violation] in
            guard let configuration = bucket.setting("PublicAccessBlockConfiguration"), case .object = configuration.content else { return [] }
            let names = bucket.isTerraform ? Self.terraformGuards : Self.guards
            return names.compactMap { name in
                guard let setting = configuration.member(name) else {
                    return bucket.violation(at: configuration, message: "\(bucket.address) turns off a public access guard: `\(name)` is not set (false in a public access block).",
                                            detail: name)
                }
                guard setting.known.boolValue == false else { return nil }
                return bucket.violation(at: setting, message: "\(bucket.address) turns off a public access guard: `\(name)` is false.", detail: name)
            }
        }
    }
}

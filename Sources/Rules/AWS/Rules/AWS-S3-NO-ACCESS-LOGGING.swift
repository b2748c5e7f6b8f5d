/// Buckets that log no access, except the buckets other buckets log to: a log bucket logging its
/// own access would log forever, and AWS advises against it.
struct S3AccessLoggingRule: Rule {
    let description = RuleDescription(
        id: "AWS-S3-NO-ACCESS-LOGGING", title: "S3 bucket access logging is not enabled", severity: .low, cwe: 778,
        checklist: "Logging › Access to sensitive data is logged",
        rationale: "Server access logs record who read or changed which object; without them a data leak cannot be scoped. Low: CloudTrail data events are an alternative. A bucket that receives other buckets' access logs (or has the `log-delivery-write` ACL) is a log bucket and is not asked to log itself.",
        recommendation: "Add an `aws_s3_bucket_logging` resource with a `target_bucket`. In CloudFormation, add `LoggingConfiguration` with a `DestinationBucketName`.",
        equivalents: [.checkov("CKV_AWS_18"), .trivy("AVD-AWS-0089")],
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
            """),
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
            """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }
            resource "aws_s3_bucket" "data" {
              bucket = "acme-data"
              logging {
                target_bucket = aws_s3_bucket.logs.id
              }
            }
            """,
            .template("""
            Resources:
              Logs:
                Type: AWS::S3::Bucket
                Properties:
                  OwnershipControls:
                    Rules: [{ObjectOwnership: BucketOwnerPreferred}]
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  LoggingConfiguration:
                    DestinationBucketName: !Ref Logs
                    LogFilePrefix: data/
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        let buckets = resources.ofType("AWS::S3::Bucket")
        var targetAddresses = Set<String>()
        var targetNames = Set<String>()
        for bucket in buckets {
            guard let target = logging(of: bucket)?.member(bucket.isTerraform ? "target_bucket" : "DestinationBucketName") else { continue }
            targetAddresses.formUnion(target.references)
            if let name = target.known.stringValue { targetNames.insert(name) }
        }
        return buckets.compactMap { bucket in
            guard logging(of: bucket) == nil, !targetAddresses.contains(bucket.address) else { return nil }
            if let name = bucket.setting(bucket.isTerraform ? "bucket" : "BucketName")?.known.stringValue, targetNames.contains(name) { return nil }
            let acl = bucket.setting(bucket.isTerraform ? "acl" : "AccessControl")?.known.stringValue?.lowercased()
            if acl == "log-delivery-write" || acl == "logdeliverywrite" { return nil }
            let missing = bucket.isTerraform ? "no `logging` block or `aws_s3_bucket_logging` in the module configures it" : "`LoggingConfiguration` is not set"
            return bucket.violation(message: "\(bucket.address) does not log access: \(missing).", detail: "aws_s3_bucket_logging")
        }
    }

    /// The inline block, the joined separate resource, or CloudFormation's property; unknown when
    /// a logging resource of unknown bucket may configure it.
    private func logging(of bucket: AWSResource) -> AWSValue? {
        bucket.setting(anyOf: bucket.isTerraform ? ["logging", "LoggingConfiguration"] : ["LoggingConfiguration"])?.value
    }
}

/// The buckets trails of the same module or template write to, without object lock and a default
/// retention. CloudTrail sets no retention on the objects it writes, so object lock without a
/// default retention rule leaves every log file deletable. A trail's bucket made elsewhere is not judged.
struct CloudTrailBucketObjectLockRule: Rule {
    let description = RuleDescription(
        id: "AWS-CLOUDTRAIL-BUCKET-NO-OBJECT-LOCK", title: "CloudTrail log bucket is not immutable", severity: .low, cwe: 779,
        checklist: "Logging › Audit logs are stored immutably",
        rationale: "An intruder with write access to the log bucket (or the account's root) deletes the log files that record the intrusion; log file validation tells that files are missing, not what they said. S3 Object Lock with a default retention makes each log file undeletable for that period (`COMPLIANCE` even for root; `GOVERNANCE` except for principals allowed to bypass it). Low: validation, a copy in another account or CloudTrail Lake are alternatives.",
        recommendation: "Create the trail's bucket with `object_lock_enabled = true` and add an `aws_s3_bucket_object_lock_configuration` with `rule { default_retention { mode = \"COMPLIANCE\", days = 365 } }`. In CloudFormation, set `ObjectLockEnabled: true` and `ObjectLockConfiguration: {ObjectLockEnabled: Enabled, Rule: {DefaultRetention: {Mode: COMPLIANCE, Days: 365}}}`.",
        triggering: [
            """
            ↓resource "aws_s3_bucket" "trail" {
              bucket = "acme-trail"
            }
            resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              is_multi_region_trail      = true
              enable_log_file_validation = true
            }
            """,
            // Object lock without a default retention: CloudTrail's objects get none.
            """
            resource "aws_s3_bucket" "trail" {
              bucket              = "acme-trail"
            ↓  object_lock_enabled = true
            }
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = "acme-trail"
            }
            """,
            .template("""
            Resources:
            ↓  TrailBucket:
                Type: AWS::S3::Bucket
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: !Ref TrailBucket
            """),
        ],
        nonTriggering: [
            """
            resource "aws_s3_bucket" "trail" {
              bucket              = "acme-trail"
              object_lock_enabled = true
            }
            resource "aws_s3_bucket_object_lock_configuration" "trail" {
              bucket = aws_s3_bucket.trail.id
              rule {
                default_retention {
                  mode = "COMPLIANCE"
                  days = 365
                }
              }
            }
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = aws_s3_bucket.trail.id
            }
            """,
            // The bucket belongs to a central logging account: not in this module.
            """
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = var.central_log_bucket
            }
            """,
            .template("""
            Resources:
              TrailBucket:
                Type: AWS::S3::Bucket
                Properties:
                  ObjectLockEnabled: true
                  ObjectLockConfiguration:
                    ObjectLockEnabled: Enabled
                    Rule:
                      DefaultRetention:
                        Mode: GOVERNANCE
                        Years: 1
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: !Ref TrailBucket
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        let buckets = resources.ofType("AWS::S3::Bucket")
        var bucketsByName: [String: Int] = [:]
        var bucketsByAddress: [String: Int] = [:]
        for (index, bucket) in buckets.enumerated() {
            bucketsByAddress[bucket.address] = index
            if let name = bucket.setting(bucket.isTerraform ? "bucket" : "BucketName")?.known.stringValue { bucketsByName[name] = index }
        }
        var targets: [Int: String] = [:]
        for trail in resources.ofType("AWS::CloudTrail::Trail") {
            guard let target = trail.setting(trail.isTerraform ? "s3_bucket_name" : "S3BucketName") else { continue }
            let referenced = target.references.compactMap { bucketsByAddress[$0] }
            for index in referenced + [target.known.stringValue.flatMap { bucketsByName[$0] }].compactMap({ $0 }) where targets[index] == nil {
                targets[index] = trail.address
            }
        }
        return targets.keys.sorted().compactMap { index in
            let bucket = buckets[index]
            let trail = targets[index] ?? ""
            let retention = bucket.setting(bucket.isTerraform ? "object_lock_configuration.rule.default_retention.mode"
                                                               : "ObjectLockConfiguration.Rule.DefaultRetention.Mode")
            if let retention, !retention.isKnown || retention.known.stringValue?.isEmpty == false { return nil }
            let lock = bucket.setting(anyOf: bucket.isTerraform ? ["object_lock_enabled", "object_lock_configuration.object_lock_enabled"]
                                                                : ["ObjectLockEnabled"])
            guard lock?.value.isKnown ?? true else { return nil }
            if let lock, lock.value.known.boolValue == true || lock.value.known.stringValue?.lowercased() == "enabled" {
                return bucket.violation(at: lock.value, message: "\(bucket.address) receives \(trail)'s logs with object lock but no default retention, so CloudTrail's log files stay deletable.",
                                        detail: "object-lock")
            }
            return bucket.violation(at: lock?.value, message: "\(bucket.address) receives \(trail)'s logs without object lock, so whoever can write to it can delete them.",
                                    detail: "object-lock")
        }
    }
}

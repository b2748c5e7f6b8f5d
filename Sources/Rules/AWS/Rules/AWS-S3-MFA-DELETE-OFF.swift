/// Versioned buckets whose versions can be deleted without MFA. Off unless the policy turns it
/// on: MFA delete can only be set by the root user with its MFA device, and buckets using it cannot
/// expire versions through lifecycle rules, so it belongs on the few buckets whose history must
/// survive a stolen key. CloudFormation cannot set it and is not judged.
struct S3MFADeleteRule: Rule {
    let description = RuleDescription(
        id: "AWS-S3-MFA-DELETE-OFF", title: "Versioned S3 bucket does not require MFA to delete versions", severity: .low, cwe: 308,
        checklist: "Storage › Versioning and MFA delete on critical buckets",
        rationale: "Versioning keeps old versions, but a leaked key with `s3:DeleteObjectVersion` and `s3:PutBucketVersioning` can suspend versioning and purge them all. With MFA delete, both need the root user's MFA code. Low, and opt-in: it needs the root user to configure and rules out lifecycle expiry of versions, so only buckets whose history is critical (audit records, backups) should carry it; object lock is the alternative that works with lifecycle rules.",
        recommendation: "Set `mfa_delete = \"Enabled\"` in the `versioning_configuration` of the bucket's `aws_s3_bucket_versioning`, with `mfa = \"<root MFA device serial> <code>\"`, applied by the root user. CloudFormation cannot set MFA delete: use the CLI (`aws s3api put-bucket-versioning --mfa …`).",
        equivalents: [.trivy("AVD-AWS-0170")],
        optIn: true,
        triggering: [
            """
            resource "aws_s3_bucket" "audit" {
              bucket = "acme-audit"
            }
            resource "aws_s3_bucket_versioning" "audit" {
              bucket = aws_s3_bucket.audit.id
            ↓  versioning_configuration {
                status = "Enabled"
              }
            }
            """,
            """
            resource "aws_s3_bucket_versioning" "shared" {
              bucket = var.bucket_name
              versioning_configuration {
                status     = "Enabled"
            ↓    mfa_delete = "Disabled"
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_s3_bucket" "audit" {
              bucket = "acme-audit"
            }
            resource "aws_s3_bucket_versioning" "audit" {
              bucket = aws_s3_bucket.audit.id
              mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"
              versioning_configuration {
                status     = "Enabled"
                mfa_delete = "Enabled"
              }
            }
            """,
            // Not versioned: AWS-S3-NO-VERSIONING reports it.
            """
            resource "aws_s3_bucket" "scratch" {
              bucket = "acme-scratch"
            }
            """,
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::S3::Bucket", "Terraform::S3::BucketVersioning").compactMap { resource -> Violation? in
            guard resource.isTerraform else { return nil }
            // The joined separate resource, the provider's former inline block, or a separate resource judged alone.
            let configuration: AWSValue?
            let status: AWSValue?
            if resource.type == "Terraform::S3::BucketVersioning" {
                configuration = resource.properties
                status = resource.setting("status")
            } else if let joined = resource.setting("VersioningConfiguration") {
                configuration = joined
                status = joined.member("status")
            } else {
                configuration = resource.setting("versioning")
                status = configuration?.member("enabled")
            }
            guard let configuration, let status, status.isKnown,
                  AWSSettingRule.value(status.known, matches: .string("Enabled")) || status.known.boolValue == true else { return nil }
            let mfaDelete = configuration.member("mfa_delete")
            if let mfaDelete {
                guard mfaDelete.isKnown, !(AWSSettingRule.value(mfaDelete.known, matches: .string("Enabled")) || mfaDelete.known.boolValue == true) else { return nil }
            }
            return resource.violation(at: mfaDelete ?? configuration,
                                      message: "\(resource.address) keeps versions that any key allowed to delete them can purge: `mfa_delete` is \(mfaDelete == nil ? "not set" : "off").",
                                      detail: "mfa_delete")
        }
    }
}

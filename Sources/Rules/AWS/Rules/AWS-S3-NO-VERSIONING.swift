extension AWSSettingRule {
    static let s3Versioning = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-S3-NO-VERSIONING", title: "S3 bucket versioning is not enabled", severity: .medium, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Without versioning, an overwrite or delete (a bug, a leaked key, ransomware) destroys the only copy of an object. Medium: integrity and availability of stored data.",
            recommendation: "Add an `aws_s3_bucket_versioning` resource with `versioning_configuration { status = \"Enabled\" }`. In CloudFormation, set `VersioningConfiguration` to `{Status: Enabled}`.",
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
                // A bucket made elsewhere (another module): its versioning resource is judged alone.
                """
                resource "aws_s3_bucket_versioning" "shared" {
                  bucket = var.bucket_name
                  versioning_configuration {
                ↓    status = "Suspended"
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::S3::Bucket
                """),
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                ↓        Status: Suspended
                """),
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
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """),
            ]),
        // The model joins `aws_s3_bucket_versioning` in as `VersioningConfiguration`; one whose bucket is
        // not in the module is judged on its own (`status`). The provider's former inline block says `enabled`.
        types: ["AWS::S3::Bucket", "Terraform::S3::BucketVersioning"],
        terraform: ["VersioningConfiguration.status", "versioning.enabled", "status"], cloudFormation: ["VersioningConfiguration.Status"],
        expectation: .oneOf([.string("Enabled"), .bool(true)]),
        whenMissing: "no `aws_s3_bucket_versioning` or `VersioningConfiguration` enables it",
        problem: "keeps no previous versions of objects")

    /// A bucket whose settings live in other files of its module.
    private static let bucket = """
        resource "aws_s3_bucket" "data" {
          bucket = "my-data"
        }
        """
}

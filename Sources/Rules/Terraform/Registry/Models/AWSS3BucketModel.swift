extension RegistryModuleModel {
    /// `terraform-aws-modules/s3-bucket/aws`, modelled on v5.15.4 (the same inputs since v3, when
    /// the bucket's settings became separate resources): a canned `acl` is an `aws_s3_bucket_acl`;
    /// `attach_public_policy` (true by default) creates the public access block with the four
    /// `block_public_*`/`ignore_public_acls`/`restrict_public_buckets` guards (each true by default), so
    /// `attach_public_policy = false` leaves the bucket without one; `attach_policy` attaches `policy`.
    static let awsS3Bucket = RegistryModuleModel(
        module: "terraform-aws-modules/s3-bucket/aws", release: "v5.15.4", majors: 3...5,
        rules: ["AWS-S3-PUBLIC-ACL", "AWS-S3-NO-PUBLIC-ACCESS-BLOCK", "AWS-S3-PUBLIC-POLICY"],
        text: { submodule, _ in
            guard submodule.isEmpty else { return nil }
            return """
            variable "create_bucket" { default = true }
            variable "is_directory_bucket" { default = false }
            variable "bucket" { default = null }
            variable "acl" { default = null }
            variable "attach_policy" { default = false }
            variable "policy" { default = null }
            variable "attach_public_policy" { default = true }
            variable "block_public_acls" { default = true }
            variable "block_public_policy" { default = true }
            variable "ignore_public_acls" { default = true }
            variable "restrict_public_buckets" { default = true }

            locals {
              create = var.create_bucket && !var.is_directory_bucket
            }

            resource "aws_s3_bucket" "this" {
              count  = local.create ? 1 : 0
              bucket = var.bucket
            }

            resource "aws_s3_bucket_acl" "this" {
              count  = local.create && var.acl != null && var.acl != "null" ? 1 : 0
              bucket = aws_s3_bucket.this[0].id
              acl    = var.acl
            }

            resource "aws_s3_bucket_public_access_block" "this" {
              count                   = local.create && var.attach_public_policy ? 1 : 0
              bucket                  = aws_s3_bucket.this[0].id
              block_public_acls       = var.block_public_acls
              block_public_policy     = var.block_public_policy
              ignore_public_acls      = var.ignore_public_acls
              restrict_public_buckets = var.restrict_public_buckets
            }

            resource "aws_s3_bucket_policy" "this" {
              count  = local.create && var.attach_policy ? 1 : 0
              bucket = aws_s3_bucket.this[0].id
              policy = var.policy
            }

            output "s3_bucket_id" {
              value = aws_s3_bucket.this[0].id
            }
            """
        })
}

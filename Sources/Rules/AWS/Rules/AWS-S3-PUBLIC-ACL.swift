import InfragateParsers

extension AWSSettingRule {
    static let s3PublicACL = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-S3-PUBLIC-ACL", title: "S3 bucket ACL grants public access", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "`public-read` lets anyone on the internet list and download every object; `public-read-write` also lets them upload and overwrite. Public buckets are the most common cause of cloud data leaks. Critical.",
            recommendation: "Use `acl = \"private\"` (or no ACL with `BucketOwnerEnforced` ownership) and serve public content through CloudFront with origin access control. In CloudFormation, remove `AccessControl` (or set it to `Private`) and set `OwnershipControls` to `BucketOwnerEnforced`.",
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
                .template("""
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                ↓      AccessControl: PublicRead
                """),
                .jsonTemplate("""
                {
                  "Description": "Site \\ud83d\\ude00",
                  "Resources": {
                    "Site": {
                      "Type": "AWS::S3::Bucket",
                      "Properties": {
                ↓        "AccessControl": "PublicReadWrite"
                      }
                    }
                  }
                }
                """),
                .template("""
                Conditions:
                  IsPublic: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                ↓      AccessControl: !If [IsPublic, PublicRead, Private]
                """),
                .template("""
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Sites:
                    - Acl
                    - [Private, PublicRead]
                    - ${Acl}Bucket:
                        Type: AWS::S3::Bucket
                        Properties:
                          BucketName: !Sub "example-${Acl}"
                ↓          AccessControl: !Ref Acl
                """),
                """
                module "site" {
                  source = "terraform-aws-modules/s3-bucket/aws"
                  bucket = "site"
                ↓  acl    = "public-read"
                }
                """,
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
                .template("""
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: Private
                """),
                .template("""
                Parameters:
                  Audience:
                    Type: String
                    Default: internal
                Conditions:
                  IsPublic: !Equals [!Ref Audience, public]
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: !If [IsPublic, PublicRead, Private]
                """),
                """
                module "site" {
                  source = "terraform-aws-modules/s3-bucket/aws"
                  bucket = "site"
                  acl    = "private"
                }
                """,
            ]),
        types: ["AWS::S3::Bucket", "Terraform::S3::BucketAcl"], terraform: ["acl"], cloudFormation: ["AccessControl"],
        // Each format's spelling of the canned ACLs that open the bucket.
        expectation: .noneOf(["public-read", "public-read-write", "authenticated-read", "PublicRead", "PublicReadWrite", "AuthenticatedRead"]
            .map(HCLValue.string)),
        whenMissing: nil, problem: "is readable by anyone")
}

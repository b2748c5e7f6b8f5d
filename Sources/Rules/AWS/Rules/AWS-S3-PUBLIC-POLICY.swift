extension AWSPolicyStatementRule {
    static let publicBucketPolicy = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-S3-PUBLIC-POLICY", title: "S3 bucket policy grants access to anyone", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "A statement with `Principal: \"*\"` and no condition opens the bucket to the whole internet for the listed actions. Critical: the most common cause of cloud data leaks.",
            recommendation: "Name the principals, or restrict with a condition (`aws:SourceVpce`, `aws:PrincipalOrgID`, CloudFront's `AWS:SourceArn`).",
            equivalents: [.checkov("CKV_AWS_70")],
            triggering: [
                """
                resource "aws_s3_bucket_policy" "site" {
                  bucket = aws_s3_bucket.site.id
                  policy = jsonencode({
                ↓    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = "s3:GetObject"
                      Resource  = "arn:aws:s3:::my-site/*"
                    }]
                  })
                }
                """,
                """
                data "aws_iam_policy_document" "site" {
                ↓  statement {
                    actions   = ["s3:GetObject"]
                    resources = ["arn:aws:s3:::my-site/*"]
                    principals {
                      type        = "*"
                      identifiers = ["*"]
                    }
                  }
                }
                resource "aws_s3_bucket_policy" "site" {
                  bucket = aws_s3_bucket.site.id
                  policy = data.aws_iam_policy_document.site.json
                }
                """,
                .template("""
                Resources:
                  SitePolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Site
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: "*"
                            Action: s3:GetObject
                            Resource: !Sub "${Site.Arn}/*"
                """),
            ],
            nonTriggering: [
                """
                resource "aws_s3_bucket_policy" "site" {
                  bucket = aws_s3_bucket.site.id
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = "s3:GetObject"
                      Resource  = "arn:aws:s3:::my-site/*"
                      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  SitePolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Site
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: s3:GetObject
                            Resource: !Sub "${Site.Arn}/*"
                            Condition:
                              StringEquals:
                                AWS:SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Distribution}"
                """),
            ]),
        roles: [.bucket],
        problem: { $0.grantsToAnyone ? "allows anyone to access the bucket" : nil })
}

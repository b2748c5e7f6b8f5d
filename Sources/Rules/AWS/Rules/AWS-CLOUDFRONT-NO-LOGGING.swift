extension AWSSettingRule {
    static let cloudfrontNoLogging = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDFRONT-NO-LOGGING", title: "CloudFront distribution keeps no access log", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Access logs are the record of who fetched what from the edge. Low: detection and forensics.",
            recommendation: "Add `logging_config { bucket = … }` (CloudFormation: `DistributionConfig.Logging`).",
            equivalents: [.checkov("CKV_AWS_86")],
            triggering: [
                """
                ↓resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  logging_config {
                    bucket = aws_s3_bucket.logs.bucket_domain_name
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Logging:
                          Bucket: !GetAtt Logs.DomainName
                """),
            ]),
        types: ["AWS::CloudFront::Distribution"], terraform: ["logging_config"], cloudFormation: ["DistributionConfig.Logging"],
        expectation: .present, whenMissing: "requests are not logged",
        problem: "keeps no access log")
}

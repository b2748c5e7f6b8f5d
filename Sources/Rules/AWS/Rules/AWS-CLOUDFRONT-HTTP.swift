extension AWSSettingRule {
    static let cloudfrontHttp = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDFRONT-HTTP", title: "CloudFront distribution serves plain HTTP", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "`viewer_protocol_policy = \"allow-all\"` serves content, cookies and tokens over plain HTTP. Medium: `redirect-to-https` costs nothing.",
            recommendation: "Set `viewer_protocol_policy = \"redirect-to-https\"` (or `https-only`) in `default_cache_behavior` (CloudFormation: `DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy`).",
            equivalents: [.checkov("CKV_AWS_34")],
            triggering: [
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  default_cache_behavior {
                ↓    viewer_protocol_policy = "allow-all"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                ↓          ViewerProtocolPolicy: allow-all
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  default_cache_behavior {
                    viewer_protocol_policy = "redirect-to-https"
                  }
                }
                """,
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                          ViewerProtocolPolicy: redirect-to-https
                """),
            ]),
        types: ["AWS::CloudFront::Distribution"], terraform: ["default_cache_behavior.viewer_protocol_policy"], cloudFormation: ["DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy"],
        expectation: .noneOf([.string("allow-all")]), whenMissing: nil,
        problem: "serves plain HTTP")
}

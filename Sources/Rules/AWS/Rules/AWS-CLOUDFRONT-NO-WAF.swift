extension AWSSettingRule {
    static let cloudfrontNoWaf = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDFRONT-NO-WAF", title: "CloudFront distribution has no WAF", severity: .low, cwe: 693,
            checklist: "Network exposure › Public endpoints are filtered",
            rationale: "A web ACL filters common attacks and floods before they reach the origin. Low: defence in depth.",
            recommendation: "Set `web_acl_id` (CloudFormation: `DistributionConfig.WebACLId`).",
            equivalents: [.checkov("CKV_AWS_68")],
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
                  web_acl_id = aws_wafv2_web_acl.edge.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        WebACLId: !GetAtt EdgeAcl.Arn
                """),
            ]),
        types: ["AWS::CloudFront::Distribution"], terraform: ["web_acl_id"], cloudFormation: ["DistributionConfig.WebACLId"],
        expectation: .present, whenMissing: "requests reach the origin unfiltered",
        problem: "filters no request")
}

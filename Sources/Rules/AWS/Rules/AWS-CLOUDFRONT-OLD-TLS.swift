import InfragateParsers

extension AWSSettingRule {
    static let cloudfrontOldTLS = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDFRONT-OLD-TLS", title: "CloudFront distribution accepts TLS older than 1.2", severity: .medium, cwe: 326,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "A security policy below `TLSv1.2_2021` lets viewers negotiate SSLv3, TLS 1.0 or 1.1 and their weak ciphers, so a network attacker can downgrade and read the connection. Only distributions with their own certificate can choose; the `cloudfront.net` certificate is fixed by AWS. Medium.",
            recommendation: "Set `minimum_protocol_version = \"TLSv1.2_2021\"` (or newer) in `viewer_certificate` (CloudFormation: `DistributionConfig.ViewerCertificate.MinimumProtocolVersion`).",
            equivalents: [.checkov("CKV_AWS_174"), .trivy("AVD-AWS-0013")],
            triggering: [
                """
                ↓resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  viewer_certificate {
                    acm_certificate_arn = aws_acm_certificate.site.arn
                    ssl_support_method  = "sni-only"
                  }
                }
                """,
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  viewer_certificate {
                    acm_certificate_arn      = aws_acm_certificate.site.arn
                    ssl_support_method       = "sni-only"
                ↓    minimum_protocol_version = "TLSv1.1_2016"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Enabled: true
                        ViewerCertificate:
                          AcmCertificateArn: !Ref Certificate
                          SslSupportMethod: sni-only
                ↓          MinimumProtocolVersion: TLSv1
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  viewer_certificate {
                    acm_certificate_arn      = aws_acm_certificate.site.arn
                    ssl_support_method       = "sni-only"
                    minimum_protocol_version = "TLSv1.2_2021"
                  }
                }
                """,
                // The default certificate only allows `TLSv1`: there is nothing to choose.
                """
                resource "aws_cloudfront_distribution" "main" {
                  enabled = true
                  viewer_certificate {
                    cloudfront_default_certificate = true
                    minimum_protocol_version       = "TLSv1"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        Enabled: true
                        ViewerCertificate:
                          AcmCertificateArn: !Ref Certificate
                          SslSupportMethod: sni-only
                          MinimumProtocolVersion: TLSv1.2_2021
                """),
            ]),
        types: ["AWS::CloudFront::Distribution"], terraform: ["viewer_certificate.minimum_protocol_version"],
        cloudFormation: ["DistributionConfig.ViewerCertificate.MinimumProtocolVersion"],
        expectation: .noneOf(["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"].map(HCLValue.string)),
        whenMissing: "the default is TLSv1", problem: "accepts TLS older than 1.2",
        appliesTo: { distribution in
            // Only a distribution's own certificate has a security policy to choose.
            let certificates = distribution.isTerraform
                ? ["viewer_certificate.acm_certificate_arn", "viewer_certificate.iam_certificate_id"]
                : ["DistributionConfig.ViewerCertificate.AcmCertificateArn", "DistributionConfig.ViewerCertificate.IamCertificateId"]
            return distribution.setting(anyOf: certificates) != nil
        })
}

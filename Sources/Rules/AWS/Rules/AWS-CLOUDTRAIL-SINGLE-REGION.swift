extension AWSSettingRule {
    static let cloudTrailMultiRegion = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-SINGLE-REGION", title: "CloudTrail does not log all regions", severity: .medium, cwe: 778,
            checklist: "Logging › API activity is logged in every region",
            rationale: "Attackers deliberately use regions nobody watches (crypto-mining, persistence); a single-region trail misses them. Medium: a detection gap, not an exposure.",
            recommendation: "Set `is_multi_region_trail = true`. In CloudFormation, set `IsMultiRegionTrail: true`.",
            equivalents: [.checkov("CKV_AWS_67"), .trivy("AVD-AWS-0014")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                }
                """,
                .template("""
                Resources:
                ↓  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                """),
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                ↓      IsMultiRegionTrail: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name                  = "main"
                  s3_bucket_name        = "audit-logs"
                  is_multi_region_trail = true
                }
                """,
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                      IsMultiRegionTrail: true
                """),
            ]),
        types: ["AWS::CloudTrail::Trail"], terraform: ["is_multi_region_trail"], cloudFormation: ["IsMultiRegionTrail"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is the home region only", problem: "logs only its home region")
}

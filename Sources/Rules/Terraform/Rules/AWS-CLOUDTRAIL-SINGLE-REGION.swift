extension ResourceSettingRule {
    static let cloudTrailMultiRegion = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-SINGLE-REGION", title: "CloudTrail does not log all regions", severity: .medium, cwe: 778,
            checklist: "Logging › API activity is logged in every region",
            rationale: "Attackers deliberately use regions nobody watches (crypto-mining, persistence); a single-region trail misses them. Medium: a detection gap, not an exposure.",
            recommendation: "Set `is_multi_region_trail = true`.",
            equivalents: [.checkov("CKV_AWS_67"), .trivy("AVD-AWS-0014")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name                  = "main"
                  s3_bucket_name        = "audit-logs"
                  is_multi_region_trail = true
                }
                """,
            ]),
        resourceTypes: ["aws_cloudtrail"], setting: ["is_multi_region_trail"], expectation: .explicitly([.bool(true)]),
        problem: "logs only its home region")
}

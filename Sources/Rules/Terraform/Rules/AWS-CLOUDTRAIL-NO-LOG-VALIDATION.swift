extension ResourceSettingRule {
    static let cloudTrailLogValidation = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-NO-LOG-VALIDATION", title: "CloudTrail log file validation is disabled", severity: .medium, cwe: 354,
            checklist: "Logging › Audit logs are tamper-evident",
            rationale: "Without digest files, an attacker with bucket access can edit or delete log files undetected. Medium: it weakens forensics after a breach.",
            recommendation: "Set `enable_log_file_validation = true`.",
            equivalents: [.checkov("CKV_AWS_36"), .trivy("AVD-AWS-0016")],
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
                  name                       = "main"
                  s3_bucket_name             = "audit-logs"
                  enable_log_file_validation = true
                }
                """,
            ]),
        resourceTypes: ["aws_cloudtrail"], setting: ["enable_log_file_validation"], expectation: .explicitly([.bool(true)]),
        problem: "writes logs that can be altered undetected")
}

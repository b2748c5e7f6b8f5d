extension AWSSettingRule {
    static let logGroupShortRetention = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LOG-GROUP-SHORT-RETENTION", title: "CloudWatch log group keeps logs for less than a year", severity: .low, cwe: 779,
            checklist: "Logging › Logs are retained long enough for investigation",
            rationale: "Incidents are often found months after they start; logs deleted after days cannot show how. Low: a retention shorter than a year may be deliberate for noisy logs shipped elsewhere. Unset retention, and `0` in Terraform, keep logs forever and are no finding. The minimum is a year unless the policy sets another (`logs: { minimum_retention_days: 2192 }`, or `logs: { retention_profile: hipaa }` for HIPAA's six years).",
            recommendation: "Set `retention_in_days` to 365 or more (CloudFormation: `RetentionInDays`), or to the policy's minimum; 2192 (6 years) for HIPAA.",
            equivalents: [.checkov("CKV_AWS_338")],
            triggering: [
                """
                resource "aws_cloudwatch_log_group" "main" {
                  name = "/app/web"
                ↓  retention_in_days = 14
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /app/web
                ↓      RetentionInDays: 14
                """),
                // A year is not HIPAA's six years, where the policy asks for them.
                RuleExample("""
                resource "aws_cloudwatch_log_group" "audit" {
                  name = "/app/audit"
                ↓  retention_in_days = 400
                }
                """, parameters: RuleParameters(minimumLogRetentionDays: 2192)),
            ],
            nonTriggering: [
                """
                resource "aws_cloudwatch_log_group" "main" {
                  name = "/app/web"
                  retention_in_days = 400
                }
                """,
                """
                resource "aws_cloudwatch_log_group" "main" {
                  name = "/app/web"
                }
                """,
                // 0 is "never expire".
                """
                resource "aws_cloudwatch_log_group" "main" {
                  name              = "/app/web"
                  retention_in_days = 0
                }
                """,
                RuleExample("""
                resource "aws_cloudwatch_log_group" "audit" {
                  name              = "/app/audit"
                  retention_in_days = 2192
                }
                """, parameters: RuleParameters(minimumLogRetentionDays: 2192)),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /app/web
                      RetentionInDays: 400
                """),
            ]),
        types: ["AWS::Logs::LogGroup"], terraform: ["retention_in_days"], cloudFormation: ["RetentionInDays"],
        expectation: .logRetention(defaultMinimum: 365), whenMissing: nil,
        problem: "deletes logs before an investigation needs them")
}

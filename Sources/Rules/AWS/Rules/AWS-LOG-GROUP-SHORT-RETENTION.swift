extension AWSSettingRule {
    static let logGroupShortRetention = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LOG-GROUP-SHORT-RETENTION", title: "CloudWatch log group keeps logs for less than a year", severity: .low, cwe: 779,
            checklist: "Logging › Logs are retained long enough for investigation",
            rationale: "Incidents are often found months after they start; logs deleted after days cannot show how. Low: a retention shorter than a year may be deliberate for noisy logs shipped elsewhere. Unset retention keeps logs forever and is no finding.",
            recommendation: "Set `retention_in_days` to 365 or more (CloudFormation: `RetentionInDays`); 2192 (6 years) for HIPAA.",
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
        expectation: .atLeast(365), whenMissing: nil,
        problem: "deletes logs before an investigation needs them")
}

extension AWSSettingRule {
    static let logGroupNoKms = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LOG-GROUP-NO-KMS", title: "CloudWatch log group is not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Log groups are always encrypted by CloudWatch; a KMS key restricts who can read the logs to who may use the key, and audits it. Low: logs are encrypted either way.",
            recommendation: "Set `kms_key_id` to a KMS key ARN (CloudFormation: `KmsKeyId`).",
            equivalents: [.checkov("CKV_AWS_158")],
            triggering: [
                """
                ↓resource "aws_cloudwatch_log_group" "main" {
                  name = "/app/web"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /app/web
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudwatch_log_group" "main" {
                  name = "/app/web"
                  kms_key_id = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /app/web
                      KmsKeyId: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::Logs::LogGroup"], terraform: ["kms_key_id"], cloudFormation: ["KmsKeyId"],
        expectation: .present, whenMissing: "logs use the service key",
        problem: "is readable by anyone with log read rights")
}

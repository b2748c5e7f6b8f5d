extension AWSSettingRule {
    static let lambdaNoDlq = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-NO-DLQ", title: "Lambda function has no dead-letter queue", severity: .low, cwe: 755,
            checklist: "Resilience › Failed events are kept",
            rationale: "Asynchronous invocations that fail are retried twice and then dropped; a dead-letter queue keeps them for replay and investigation. Low: reliability, and an event destination does the same.",
            recommendation: "Add `dead_letter_config { target_arn = … }` (CloudFormation: `DeadLetterConfig: {TargetArn: …}`).",
            equivalents: [.checkov("CKV_AWS_116")],
            triggering: [
                """
                ↓resource "aws_lambda_function" "main" {
                  function_name = "worker"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt WorkerRole.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_function" "main" {
                  function_name = "worker"
                  dead_letter_config {
                    target_arn = aws_sqs_queue.dlq.arn
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt WorkerRole.Arn
                      DeadLetterConfig:
                        TargetArn: !GetAtt DeadLetters.Arn
                """),
            ]),
        types: ["AWS::Lambda::Function"], terraform: ["dead_letter_config"], cloudFormation: ["DeadLetterConfig", "DeadLetterQueue"],
        expectation: .present, whenMissing: "failed asynchronous events are dropped",
        problem: "drops failed events")
}

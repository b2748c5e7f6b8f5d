extension AWSSettingRule {
    static let lambdaNoConcurrencyLimit = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-NO-CONCURRENCY-LIMIT", title: "Lambda function has no concurrency limit", severity: .low, cwe: 770,
            checklist: "Resilience › Resource use is bounded",
            rationale: "Without reserved concurrency one function can take the account's whole concurrency and starve the others, or run up cost under a flood. Low: availability and cost.",
            recommendation: "Set `reserved_concurrent_executions` (CloudFormation: `ReservedConcurrentExecutions`).",
            equivalents: [.checkov("CKV_AWS_115")],
            triggering: [
                """
                ↓resource "aws_lambda_function" "main" {
                  function_name = "api"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt ApiRole.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_function" "main" {
                  function_name = "api"
                  reserved_concurrent_executions = 50
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt ApiRole.Arn
                      ReservedConcurrentExecutions: 50
                """),
            ]),
        types: ["AWS::Lambda::Function"], terraform: ["reserved_concurrent_executions"], cloudFormation: ["ReservedConcurrentExecutions"],
        expectation: .present, whenMissing: "it may use the whole account's concurrency",
        problem: "is not bounded")
}

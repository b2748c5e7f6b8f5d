extension AWSSettingRule {
    static let lambdaNoTracing = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-NO-TRACING", title: "Lambda function has no X-Ray tracing", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Active tracing records every invocation's path through downstream services, which is how an abused function is traced. Low: observability.",
            recommendation: "Add `tracing_config { mode = \"Active\" }` (CloudFormation: `TracingConfig: {Mode: Active}`; SAM: `Tracing: Active`).",
            equivalents: [.checkov("CKV_AWS_50")],
            triggering: [
                """
                ↓resource "aws_lambda_function" "main" {
                  function_name = "api"
                  role          = aws_iam_role.api.arn
                }
                """,
                """
                resource "aws_lambda_function" "main" {
                  function_name = "api"
                  role          = aws_iam_role.api.arn
                  tracing_config {
                ↓    mode = "PassThrough"
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt ApiRole.Arn
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt ApiRole.Arn
                      TracingConfig:
                ↓        Mode: PassThrough
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_function" "main" {
                  function_name = "api"
                  role          = aws_iam_role.api.arn
                  tracing_config {
                    mode = "Active"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: !GetAtt ApiRole.Arn
                      TracingConfig:
                        Mode: Active
                """),
            ]),
        types: ["AWS::Lambda::Function"], terraform: ["tracing_config.mode"], cloudFormation: ["TracingConfig.Mode", "Tracing"],
        expectation: .oneOf([.string("Active")]), whenMissing: "invocations are not traced",
        problem: "is not traced")
}

extension AWSSettingRule {
    static let lambdaUrlNoAuth = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-URL-NO-AUTH", title: "Lambda function URL requires no authentication", severity: .medium, cwe: 306,
            checklist: "Identity › Services require authentication",
            rationale: "A function URL with `NONE` may be invoked by anyone on the internet, at the account's cost and with the function's role. Medium: some are deliberate webhooks, which then must check a signature themselves.",
            recommendation: "Set `authorization_type = \"AWS_IAM\"` (CloudFormation: `AuthType: AWS_IAM`), or verify a signature in the function.",
            equivalents: [.checkov("CKV_AWS_258")],
            triggering: [
                """
                resource "aws_lambda_function_url" "main" {
                  function_name = aws_lambda_function.api.function_name
                ↓  authorization_type = "NONE"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Url
                    Properties:
                      TargetFunctionArn: !GetAtt Api.Arn
                ↓      AuthType: NONE
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_function_url" "main" {
                  function_name = aws_lambda_function.api.function_name
                  authorization_type = "AWS_IAM"
                }
                """,
                """
                resource "aws_lambda_function_url" "main" {
                  function_name = aws_lambda_function.api.function_name
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Url
                    Properties:
                      TargetFunctionArn: !GetAtt Api.Arn
                      AuthType: AWS_IAM
                """),
            ]),
        types: ["AWS::Lambda::Url"], terraform: ["authorization_type"], cloudFormation: ["AuthType"],
        expectation: .noneOf([.string("NONE")]), whenMissing: nil,
        problem: "may be invoked by anyone")
}

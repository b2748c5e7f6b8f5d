extension AWSSettingRule {
    static let lambdaEnvNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-ENV-NO-CMK", title: "Lambda environment variables are not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Environment variables are encrypted with an AWS-managed key that every principal allowed to read the function's configuration can use. Low: keep secrets in Secrets Manager instead.",
            recommendation: "Set `kms_key_arn` on functions with `environment` variables (CloudFormation: `KmsKeyArn`).",
            equivalents: [.checkov("CKV_AWS_173")],
            triggering: [
                """
                ↓resource "aws_lambda_function" "main" {
                  function_name = "api"
                  environment {
                    variables = { STAGE = "prod" }
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Environment:
                        Variables:
                          STAGE: prod
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_function" "main" {
                  function_name = "api"
                  environment {
                    variables = { STAGE = "prod" }
                  }
                  kms_key_arn = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Lambda::Function
                    Properties:
                      Environment:
                        Variables:
                          STAGE: prod
                      KmsKeyArn: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::Lambda::Function"], terraform: ["kms_key_arn"], cloudFormation: ["KmsKeyArn"],
        expectation: .present, whenMissing: "its environment is readable with the function's configuration",
        problem: "keeps its environment under an AWS-managed key",
        appliesTo: { $0.setting($0.isTerraform ? "environment" : "Environment") != nil })
}

extension AWSSettingRule {
    static let lambdaPermissionPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-LAMBDA-PERMISSION-PUBLIC", title: "Lambda permission lets anyone invoke the function", severity: .high, cwe: 284,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Resource policies do not grant access to anyone",
            rationale: "A permission for principal `*` without a source account, source ARN or organisation lets any AWS account invoke the function (and run up its cost, or reach what its role can). High. A permission narrowed by `source_arn`, `source_account` or `principal_org_id` is not reported.",
            recommendation: "Name the invoking service or account in `principal`, and set `source_arn` (or `source_account`) to the resource that calls it. In CloudFormation, set `Principal` and `SourceArn`/`SourceAccount`.",
            equivalents: [.checkov("CKV_AWS_301")],
            triggering: [
                """
                resource "aws_lambda_permission" "anyone" {
                  statement_id  = "AllowAnyone"
                  action        = "lambda:InvokeFunction"
                  function_name = aws_lambda_function.worker.function_name
                ↓  principal     = "*"
                }
                """,
                .template("""
                Resources:
                  Anyone:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Worker
                ↓      Principal: "*"
                """),
            ],
            nonTriggering: [
                """
                resource "aws_lambda_permission" "events" {
                  statement_id  = "AllowEvents"
                  action        = "lambda:InvokeFunction"
                  function_name = aws_lambda_function.worker.function_name
                  principal     = "events.amazonaws.com"
                  source_arn    = aws_cloudwatch_event_rule.nightly.arn
                }
                """,
                """
                resource "aws_lambda_permission" "organisation" {
                  action           = "lambda:InvokeFunction"
                  function_name    = aws_lambda_function.worker.function_name
                  principal        = "*"
                  principal_org_id = "o-a1b2c3d4e5"
                }
                """,
                .template("""
                Resources:
                  Bucket:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Worker
                      Principal: s3.amazonaws.com
                      SourceAccount: !Ref AWS::AccountId
                      SourceArn: !GetAtt Uploads.Arn
                """),
            ]),
        types: ["AWS::Lambda::Permission"], terraform: ["principal"], cloudFormation: ["Principal"],
        expectation: .noneOf([.string("*")]), whenMissing: nil,
        problem: "lets any AWS account invoke the function",
        appliesTo: { permission in
            // Any of these narrows `*` to known callers.
            let narrowing = permission.isTerraform ? ["source_arn", "source_account", "principal_org_id"] : ["SourceArn", "SourceAccount", "PrincipalOrgID"]
            return !narrowing.contains { permission.setting($0) != nil }
        })
}

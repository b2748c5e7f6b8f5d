extension AWSSettingRule {
    static let apiGatewayNoAccessLogs = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-API-GATEWAY-NO-ACCESS-LOGS", title: "API Gateway stage keeps no access log", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Access logs record who called which route from where; without them abuse of an API cannot be traced. Low: detection and forensics.",
            recommendation: "Add `access_log_settings { destination_arn = … format = … }` (CloudFormation: `AccessLogSetting`).",
            equivalents: [.checkov("CKV_AWS_76")],
            triggering: [
                """
                ↓resource "aws_api_gateway_stage" "main" {
                  stage_name    = "prod"
                  rest_api_id   = aws_api_gateway_rest_api.api.id
                  deployment_id = aws_api_gateway_deployment.api.id
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      StageName: prod
                      RestApiId: !Ref Api
                """),
            ],
            nonTriggering: [
                """
                resource "aws_api_gateway_stage" "main" {
                  stage_name    = "prod"
                  rest_api_id   = aws_api_gateway_rest_api.api.id
                  deployment_id = aws_api_gateway_deployment.api.id
                  access_log_settings {
                    destination_arn = aws_cloudwatch_log_group.api.arn
                    format = jsonencode({ requestId = "$context.requestId" })
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      StageName: prod
                      RestApiId: !Ref Api
                      AccessLogSetting:
                        DestinationArn: !GetAtt ApiLogs.Arn
                """),
            ]),
        types: ["AWS::ApiGateway::Stage"], terraform: ["access_log_settings"], cloudFormation: ["AccessLogSetting"],
        expectation: .present, whenMissing: "calls are not logged",
        problem: "keeps no access log")
}

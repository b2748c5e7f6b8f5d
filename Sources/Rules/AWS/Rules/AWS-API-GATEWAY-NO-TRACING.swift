extension AWSSettingRule {
    static let apiGatewayNoTracing = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-API-GATEWAY-NO-TRACING", title: "API Gateway stage has no X-Ray tracing", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Tracing follows each request through the API into its backends. Low: observability.",
            recommendation: "Set `xray_tracing_enabled = true` (CloudFormation: `TracingEnabled: true`).",
            equivalents: [.checkov("CKV_AWS_73")],
            triggering: [
                """
                ↓resource "aws_api_gateway_stage" "main" {
                  stage_name    = "prod"
                  rest_api_id   = aws_api_gateway_rest_api.api.id
                }
                """,
                """
                resource "aws_api_gateway_stage" "main" {
                  stage_name    = "prod"
                  rest_api_id   = aws_api_gateway_rest_api.api.id
                ↓  xray_tracing_enabled = false
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
                .template("""
                Resources:
                  Main:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      StageName: prod
                      RestApiId: !Ref Api
                ↓      TracingEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_api_gateway_stage" "main" {
                  stage_name    = "prod"
                  rest_api_id   = aws_api_gateway_rest_api.api.id
                  xray_tracing_enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      StageName: prod
                      RestApiId: !Ref Api
                      TracingEnabled: true
                """),
            ]),
        types: ["AWS::ApiGateway::Stage"], terraform: ["xray_tracing_enabled"], cloudFormation: ["TracingEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "is not traced")
}

extension AWSSettingRule {
    static let apiGatewayMethodNoAuth = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-API-GATEWAY-METHOD-NO-AUTH", title: "API Gateway method has no authorization", severity: .medium, cwe: 306,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Every API requires authentication",
            rationale: "A method with authorization `NONE` and no API key lets anyone on the internet call the integration behind it (a Lambda function, a backend, an AWS service action). Medium: some APIs are public on purpose, which this finding asks to be stated. `OPTIONS` methods (CORS preflight) and methods that require an API key are not reported.",
            recommendation: "Set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` with an authorizer (CloudFormation: `AuthorizationType`), or waive the finding for an API that is public by design.",
            equivalents: [.checkov("CKV_AWS_59"), .trivy("AVD-AWS-0004")],
            triggering: [
                """
                resource "aws_api_gateway_method" "orders" {
                  rest_api_id   = aws_api_gateway_rest_api.shop.id
                  resource_id   = aws_api_gateway_resource.orders.id
                  http_method   = "POST"
                ↓  authorization = "NONE"
                }
                """,
                .template("""
                Resources:
                ↓  OrdersPost:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref Shop
                      ResourceId: !Ref Orders
                      HttpMethod: POST
                """),
            ],
            nonTriggering: [
                """
                resource "aws_api_gateway_method" "orders" {
                  rest_api_id   = aws_api_gateway_rest_api.shop.id
                  resource_id   = aws_api_gateway_resource.orders.id
                  http_method   = "POST"
                  authorization = "AWS_IAM"
                }
                """,
                """
                resource "aws_api_gateway_method" "preflight" {
                  rest_api_id   = aws_api_gateway_rest_api.shop.id
                  resource_id   = aws_api_gateway_resource.orders.id
                  http_method   = "OPTIONS"
                  authorization = "NONE"
                }
                """,
                .template("""
                Resources:
                  OrdersPost:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref Shop
                      ResourceId: !Ref Orders
                      HttpMethod: POST
                      AuthorizationType: COGNITO_USER_POOLS
                      AuthorizerId: !Ref Users
                  OrdersGet:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref Shop
                      ResourceId: !Ref Orders
                      HttpMethod: GET
                      ApiKeyRequired: true
                """),
            ]),
        types: ["AWS::ApiGateway::Method"], terraform: ["authorization"], cloudFormation: ["AuthorizationType"],
        expectation: .noneOf([.string("NONE")]), whenMissing: "CloudFormation's default is `NONE`",
        problem: "lets anyone call it",
        appliesTo: { method in
            // A CORS preflight carries no credentials; an API key is a (weak) form of caller control.
            method.setting(method.isTerraform ? "http_method" : "HttpMethod")?.known.stringValue?.uppercased() != "OPTIONS"
                && method.setting(method.isTerraform ? "api_key_required" : "ApiKeyRequired")?.known.boolValue != true
        })
}

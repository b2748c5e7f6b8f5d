extension AWSSettingRule {
    static let appsyncNoLogging = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-APPSYNC-NO-LOGGING", title: "AppSync API keeps no log", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Field-level logs record who queried what through the GraphQL API. Low: detection and forensics.",
            recommendation: "Add `log_config { cloudwatch_logs_role_arn = … field_log_level = \"ERROR\" }` (CloudFormation: `LogConfig`).",
            equivalents: [.checkov("CKV_AWS_193")],
            triggering: [
                """
                ↓resource "aws_appsync_graphql_api" "main" {
                  name                = "api"
                  authentication_type = "AWS_IAM"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      Name: api
                      AuthenticationType: AWS_IAM
                """),
            ],
            nonTriggering: [
                """
                resource "aws_appsync_graphql_api" "main" {
                  name                = "api"
                  authentication_type = "AWS_IAM"
                  log_config {
                    cloudwatch_logs_role_arn = aws_iam_role.appsync.arn
                    field_log_level = "ERROR"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::AppSync::GraphQLApi
                    Properties:
                      Name: api
                      AuthenticationType: AWS_IAM
                      LogConfig:
                        FieldLogLevel: ERROR
                """),
            ]),
        types: ["AWS::AppSync::GraphQLApi"], terraform: ["log_config"], cloudFormation: ["LogConfig"],
        expectation: .present, whenMissing: "queries are not logged",
        problem: "keeps no log")
}

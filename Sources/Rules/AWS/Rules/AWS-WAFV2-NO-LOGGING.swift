extension AWSCompanionRule {
    static let wafv2Logging = AWSCompanionRule(
        description: RuleDescription(
            id: "AWS-WAFV2-NO-LOGGING", title: "WAFv2 web ACL has no logging configuration", severity: .low, cwe: 778,
            checklist: "Logging › Security controls log their decisions",
            rationale: "A web ACL's logs are the record of which requests it blocked, counted or let through and why; without them attacks against the application cannot be seen, rules cannot be tuned, and false positives cannot be told from attacks. Low: a detection gap.",
            recommendation: "Add an `aws_wafv2_web_acl_logging_configuration` with `resource_arn = aws_wafv2_web_acl.<name>.arn` and a Firehose, S3 bucket or log group whose name starts with `aws-waf-logs-`. In CloudFormation, add an `AWS::WAFv2::LoggingConfiguration` with `ResourceArn: !GetAtt <the ACL>.Arn`.",
            equivalents: [.checkov("CKV2_AWS_31")],
            triggering: [
                """
                ↓resource "aws_wafv2_web_acl" "edge" {
                  name  = "edge"
                  scope = "REGIONAL"
                  default_action {
                    allow {}
                  }
                  visibility_config {
                    cloudwatch_metrics_enabled = true
                    metric_name                = "edge"
                    sampled_requests_enabled   = true
                  }
                }
                """,
                .template("""
                Resources:
                ↓  EdgeACL:
                    Type: AWS::WAFv2::WebACL
                    Properties:
                      Scope: REGIONAL
                      DefaultAction: {Allow: {}}
                      VisibilityConfig: {CloudWatchMetricsEnabled: true, MetricName: edge, SampledRequestsEnabled: true}
                """),
            ],
            nonTriggering: [
                """
                resource "aws_wafv2_web_acl" "edge" {
                  name  = "edge"
                  scope = "REGIONAL"
                  default_action {
                    allow {}
                  }
                  visibility_config {
                    cloudwatch_metrics_enabled = true
                    metric_name                = "edge"
                    sampled_requests_enabled   = true
                  }
                }
                resource "aws_wafv2_web_acl_logging_configuration" "edge" {
                  resource_arn            = aws_wafv2_web_acl.edge.arn
                  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
                }
                """,
                .template("""
                Resources:
                  EdgeACL:
                    Type: AWS::WAFv2::WebACL
                    Properties:
                      Scope: REGIONAL
                      DefaultAction: {Allow: {}}
                      VisibilityConfig: {CloudWatchMetricsEnabled: true, MetricName: edge, SampledRequestsEnabled: true}
                  EdgeLogging:
                    Type: AWS::WAFv2::LoggingConfiguration
                    Properties:
                      ResourceArn: !GetAtt EdgeACL.Arn
                      LogDestinationConfigs: [!GetAtt WafLogs.Arn]
                """),
            ]),
        types: ["AWS::WAFv2::WebACL"],
        companions: [.init(type: "AWS::WAFv2::LoggingConfiguration", terraform: "resource_arn", cloudFormation: "ResourceArn")],
        problem: "has no logging configuration")
}

extension AWSCompanionRule {
    static let route53QueryLogging = AWSCompanionRule(
        description: RuleDescription(
            id: "AWS-ROUTE53-NO-QUERY-LOGGING", title: "Public hosted zone has no DNS query logging", severity: .low, cwe: 778,
            checklist: "Logging › Network traffic is logged",
            rationale: "Query logs show which names of the zone are asked for and from where: the trace of reconnaissance, of subdomain takeover attempts and of DNS-based exfiltration through the zone. Low: a detection gap. Private zones log through Route 53 Resolver query logging instead, so only public zones are judged.",
            recommendation: "Add an `aws_route53_query_log` with `zone_id = aws_route53_zone.<name>.zone_id` and a CloudWatch log group in us-east-1. In CloudFormation, set `QueryLoggingConfig.CloudWatchLogsLogGroupArn` on the hosted zone.",
            equivalents: [.checkov("CKV2_AWS_39")],
            triggering: [
                """
                ↓resource "aws_route53_zone" "public" {
                  name = "example.com"
                }
                """,
                .template("""
                Resources:
                ↓  PublicZone:
                    Type: AWS::Route53::HostedZone
                    Properties:
                      Name: example.com
                """),
            ],
            nonTriggering: [
                """
                resource "aws_route53_zone" "public" {
                  name = "example.com"
                }
                resource "aws_route53_query_log" "public" {
                  zone_id                  = aws_route53_zone.public.zone_id
                  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
                }
                """,
                """
                resource "aws_route53_zone" "internal" {
                  name = "internal.example.com"
                  vpc {
                    vpc_id = aws_vpc.main.id
                  }
                }
                """,
                .template("""
                Resources:
                  PublicZone:
                    Type: AWS::Route53::HostedZone
                    Properties:
                      Name: example.com
                      QueryLoggingConfig:
                        CloudWatchLogsLogGroupArn: !GetAtt DnsLogs.Arn
                """),
            ]),
        types: ["AWS::Route53::HostedZone"],
        companions: [.init(type: "Terraform::Route53::QueryLog", terraform: "zone_id", cloudFormation: "")],
        inlineCloudFormation: ["QueryLoggingConfig.CloudWatchLogsLogGroupArn"],
        appliesTo: AWSCompanionRule.isPublicZone,
        problem: "has no DNS query logging")

    /// A zone with no VPC association is public.
    static let isPublicZone: @Sendable (AWSResource) -> Bool = { zone in
        zone.setting(zone.isTerraform ? "vpc" : "VPCs") == nil
    }
}

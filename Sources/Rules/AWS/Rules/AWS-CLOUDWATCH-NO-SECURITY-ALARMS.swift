/// Trails that send to CloudWatch Logs in a module or template with no metric filter and alarm for
/// the CIS AWS 4.x events that most need a human: root use, IAM policy changes, console sign-in without MFA.
struct CloudWatchSecurityAlarmsRule: Rule {
    let description = RuleDescription(
        id: "AWS-CLOUDWATCH-NO-SECURITY-ALARMS", title: "CloudTrail logs have no alarms for root use, IAM policy changes or sign-in without MFA",
        severity: .medium, cwe: 778,
        checklist: "Logging › Suspicious activity raises an alert",
        rationale: "Sending CloudTrail to CloudWatch Logs only helps if something watches it: without a metric filter and an alarm, use of the root user, a changed IAM policy or a console sign-in without MFA (CIS AWS 4.3, 4.4, 4.2) is recorded but nobody is told, and an intruder has until the next audit. Medium: a detection gap on the account's most sensitive events. A filter counts once an alarm watches its metric; filters or alarms written with unknown values may be the missing ones and are not guessed against, nor is a module that calls other modules (a CIS alarms module) or a template with nested stacks.",
        recommendation: "For each event, add an `aws_cloudwatch_log_metric_filter` on the trail's log group (e.g. `{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }`) and an `aws_cloudwatch_metric_alarm` on its metric with an SNS action. In CloudFormation, add an `AWS::Logs::MetricFilter` and an `AWS::CloudWatch::Alarm` for each.",
        equivalents: [.trivy("AVD-AWS-0149"), .trivy("AVD-AWS-0150"), .trivy("AVD-AWS-0148"), .kics("CloudWatch Root Account Use Missing")],
        triggering: [
            """
            ↓resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
              cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
            }
            resource "aws_cloudwatch_log_metric_filter" "root" {
              name           = "root-usage"
              log_group_name = aws_cloudwatch_log_group.trail.name
              pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"
              metric_transformation {
                name      = "RootUsage"
                namespace = "CIS"
                value     = "1"
              }
            }
            """,
            .template("""
            Resources:
            ↓  Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: !Ref TrailBucket
                  CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
                  CloudWatchLogsRoleArn: !GetAtt TrailRole.Arn
            """),
        ],
        nonTriggering: [
            """
            resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
              cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
            }
            resource "aws_cloudwatch_log_metric_filter" "root" {
              name           = "root-usage"
              log_group_name = aws_cloudwatch_log_group.trail.name
              pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"
              metric_transformation {
                name      = "RootUsage"
                namespace = "CIS"
                value     = "1"
              }
            }
            resource "aws_cloudwatch_log_metric_filter" "iam" {
              name           = "iam-policy-changes"
              log_group_name = aws_cloudwatch_log_group.trail.name
              pattern        = "{($.eventName=DeleteGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=AttachRolePolicy)||($.eventName=CreatePolicyVersion)}"
              metric_transformation {
                name      = "IAMPolicyChanges"
                namespace = "CIS"
                value     = "1"
              }
            }
            resource "aws_cloudwatch_log_metric_filter" "no_mfa" {
              name           = "console-without-mfa"
              log_group_name = aws_cloudwatch_log_group.trail.name
              pattern        = "{ ($.eventName = \\"ConsoleLogin\\") && ($.additionalEventData.MFAUsed != \\"Yes\\") }"
              metric_transformation {
                name      = "ConsoleWithoutMFA"
                namespace = "CIS"
                value     = "1"
              }
            }
            resource "aws_cloudwatch_metric_alarm" "alerts" {
              for_each            = toset(["RootUsage", "IAMPolicyChanges", "ConsoleWithoutMFA"])
              alarm_name          = each.key
              metric_name         = each.key
              namespace           = "CIS"
              statistic           = "Sum"
              period              = 300
              evaluation_periods  = 1
              threshold           = 1
              comparison_operator = "GreaterThanOrEqualToThreshold"
              alarm_actions       = [aws_sns_topic.security.arn]
            }
            """,
            """
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = aws_s3_bucket.trail.id
            }
            """,
            """
            resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
              cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
            }
            module "cis_alarms" {
              source         = "terraform-aws-modules/cloudwatch/aws//modules/cis-alarms"
              log_group_name = aws_cloudwatch_log_group.trail.name
            }
            """,
            .template("""
            Resources:
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: !Ref TrailBucket
                  CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
                  CloudWatchLogsRoleArn: !GetAtt TrailRole.Arn
              RootFilter:
                Type: AWS::Logs::MetricFilter
                Properties:
                  LogGroupName: !Ref TrailLogs
                  FilterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }'
                  MetricTransformations: [{MetricName: RootUsage, MetricNamespace: CIS, MetricValue: "1"}]
              IamFilter:
                Type: AWS::Logs::MetricFilter
                Properties:
                  LogGroupName: !Ref TrailLogs
                  FilterPattern: '{ ($.eventName = PutUserPolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachRolePolicy) }'
                  MetricTransformations: [{MetricName: IAMPolicyChanges, MetricNamespace: CIS, MetricValue: "1"}]
              MfaFilter:
                Type: AWS::Logs::MetricFilter
                Properties:
                  LogGroupName: !Ref TrailLogs
                  FilterPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'
                  MetricTransformations: [{MetricName: ConsoleWithoutMFA, MetricNamespace: CIS, MetricValue: "1"}]
              RootAlarm:
                Type: AWS::CloudWatch::Alarm
                Properties: {MetricName: RootUsage, Namespace: CIS, Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanOrEqualToThreshold}
              IamAlarm:
                Type: AWS::CloudWatch::Alarm
                Properties: {MetricName: IAMPolicyChanges, Namespace: CIS, Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanOrEqualToThreshold}
              MfaAlarm:
                Type: AWS::CloudWatch::Alarm
                Properties: {MetricName: ConsoleWithoutMFA, Namespace: CIS, Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanOrEqualToThreshold}
            """),
        ])

    /// A CIS event and how a filter pattern selects it.
    private struct Event {
        let name: String
        let matches: @Sendable (String) -> Bool
    }

    private static let events = [
        Event(name: "root user use") { $0.contains("userIdentity.type") && $0.contains("Root") },
        Event(name: "IAM policy changes") { pattern in
            ["PutUserPolicy", "PutRolePolicy", "PutGroupPolicy", "AttachUserPolicy", "AttachRolePolicy", "AttachGroupPolicy", "DetachUserPolicy",
             "DetachRolePolicy", "DetachGroupPolicy", "DeleteUserPolicy", "DeleteRolePolicy", "DeleteGroupPolicy", "CreatePolicy",
             "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion"].contains { pattern.contains($0) }
        },
        Event(name: "console sign-in without MFA") { $0.contains("ConsoleLogin") && $0.contains("MFAUsed") },
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        let trails = resources.ofType("AWS::CloudTrail::Trail").filter { trail in
            guard let group = trail.setting(trail.isTerraform ? "cloud_watch_logs_group_arn" : "CloudWatchLogsLogGroupArn") else { return false }
            return !(group.known == .string("") || group.known == .null)
        }
        // Alarms may sit in a called module or a nested stack, which are judged on their own.
        guard !trails.isEmpty, !resources.callsModules, resources.ofType("AWS::CloudFormation::Stack").isEmpty,
              let watched = Self.watchedPatterns(in: resources) else { return [] }
        let missing = Self.events.filter { event in !watched.contains(where: event.matches) }.map(\.name)
        guard !missing.isEmpty else { return [] }
        let scope = trails[0].isTerraform ? "module" : "template"
        return trails.map { trail in
            trail.violation(message: "\(trail.address) sends to CloudWatch Logs, but no metric filter with an alarm of the \(scope) reports \(missing.joined(separator: ", ")).",
                            detail: "security_alarms")
        }
    }

    /// The patterns of the filters some alarm watches; nil when a filter's pattern is unknown
    /// (it may select any event), so that nothing is guessed.
    private static func watchedPatterns(in resources: AWSResources) -> [String]? {
        let alarms = resources.ofType("AWS::CloudWatch::Alarm")
        let metricNames = alarms.compactMap { $0.setting($0.isTerraform ? "metric_name" : "MetricName") }
        // An alarm whose metric is unknown may watch any filter.
        let watchesAnything = metricNames.contains { $0.known.stringValue == nil }
        let alarmedNames = Set(metricNames.compactMap { $0.known.stringValue })
        let referenced = Set(alarms.flatMap { $0.properties.members.flatMap(\.value.references) })
        var patterns: [String] = []
        for filter in resources.ofType("AWS::Logs::MetricFilter") {
            guard let pattern = filter.setting(filter.isTerraform ? "pattern" : "FilterPattern") else { continue }
            guard let text = pattern.known.stringValue else { return nil }
            let transformation = filter.setting(filter.isTerraform ? "metric_transformation" : "MetricTransformations")
            let metric = transformation?.member(filter.isTerraform ? "name" : "MetricName")
            // A filter whose metric name is unknown may be the one an alarm names.
            let named = metric.map { $0.known.stringValue.map(alarmedNames.contains) ?? !alarmedNames.isEmpty } ?? false
            let isWatched = watchesAnything || named || referenced.contains(filter.address)
            if isWatched { patterns.append(text) }
        }
        return patterns
    }
}

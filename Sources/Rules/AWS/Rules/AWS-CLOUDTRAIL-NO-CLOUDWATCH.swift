extension AWSSettingRule {
    static let cloudtrailNoCloudwatch = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-NO-CLOUDWATCH", title: "CloudTrail does not deliver to CloudWatch Logs", severity: .low, cwe: 778,
            checklist: "Logging › Suspicious activity raises an alert",
            rationale: "Metric filters and alarms on root use, IAM changes and console sign-in without MFA need the trail in CloudWatch Logs. Low: alerting, not recording.",
            recommendation: "Set `cloud_watch_logs_group_arn` and `cloud_watch_logs_role_arn` (CloudFormation: `CloudWatchLogsLogGroupArn`, `CloudWatchLogsRoleArn`).",
            equivalents: [.checkov("CKV2_AWS_10")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = aws_s3_bucket.trail.id
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      S3BucketName: !Ref TrailBucket
                      IsLogging: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = aws_s3_bucket.trail.id
                  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      S3BucketName: !Ref TrailBucket
                      IsLogging: true
                      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
                """),
            ]),
        types: ["AWS::CloudTrail::Trail"], terraform: ["cloud_watch_logs_group_arn"], cloudFormation: ["CloudWatchLogsLogGroupArn"],
        expectation: .present, whenMissing: "no alarm can watch the trail",
        problem: "cannot raise alerts")
}

extension AWSSettingRule {
    static let cloudTrailLogValidation = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CLOUDTRAIL-NO-LOG-VALIDATION", title: "CloudTrail log file validation is disabled", severity: .medium, cwe: 354,
            checklist: "Logging › Audit logs are tamper-evident",
            rationale: "Without digest files, an attacker with bucket access can edit or delete log files undetected. Medium: it weakens forensics after a breach.",
            recommendation: "Set `enable_log_file_validation = true`. In CloudFormation, set `EnableLogFileValidation: true`.",
            equivalents: [.checkov("CKV_AWS_36"), .trivy("AVD-AWS-0016")],
            triggering: [
                """
                ↓resource "aws_cloudtrail" "main" {
                  name           = "main"
                  s3_bucket_name = "audit-logs"
                }
                """,
                .template("""
                Resources:
                ↓  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                """),
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                ↓      EnableLogFileValidation: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_cloudtrail" "main" {
                  name                       = "main"
                  s3_bucket_name             = "audit-logs"
                  enable_log_file_validation = true
                }
                """,
                .template("""
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: !Ref TrailBucket
                      EnableLogFileValidation: true
                """),
            ]),
        types: ["AWS::CloudTrail::Trail"], terraform: ["enable_log_file_validation"], cloudFormation: ["EnableLogFileValidation"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off", problem: "writes logs that can be altered undetected")
}

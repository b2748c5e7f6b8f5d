extension CloudFormationPropertyRule {
    static let cloudTrailLogValidation = CloudFormationPropertyRule(
        sharing: .cloudTrailLogValidation,
        documentation: CloudFormationDocumentation(
            fix: "set `EnableLogFileValidation: true`.",
            triggering: [
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
        resourceTypes: ["AWS::CloudTrail::Trail"], property: ["EnableLogFileValidation"])
}

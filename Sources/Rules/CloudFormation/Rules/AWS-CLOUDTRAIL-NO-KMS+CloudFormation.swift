extension CloudFormationPropertyRule {
    static let cloudTrailKMS = CloudFormationPropertyRule(
        sharing: .cloudTrailKMS,
        documentation: CloudFormationDocumentation(
            fix: "set `KMSKeyId` to a customer-managed KMS key.",
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
                ↓      KMSKeyId: ""
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
                      KMSKeyId: alias/trail
                """),
            ]),
        resourceTypes: ["AWS::CloudTrail::Trail"], property: ["KMSKeyId"])
}

extension CloudFormationPropertyRule {
    static let cloudTrailMultiRegion = CloudFormationPropertyRule(
        sharing: .cloudTrailMultiRegion,
        documentation: CloudFormationDocumentation(
            fix: "set `IsMultiRegionTrail: true`.",
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
                ↓      IsMultiRegionTrail: false
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
                      IsMultiRegionTrail: true
                """),
            ]),
        resourceTypes: ["AWS::CloudTrail::Trail"], property: ["IsMultiRegionTrail"])
}

extension CloudFormationPropertyRule {
    static let s3AccessLogging = CloudFormationPropertyRule(
        sharing: S3BucketConfigurationRule.accessLogging.description,
        documentation: CloudFormationDocumentation(
            fix: "add `LoggingConfiguration` with a `DestinationBucketName`.",
            triggering: [
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::S3::Bucket
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      LoggingConfiguration:
                        DestinationBucketName: !Ref Logs
                        LogFilePrefix: data/
                """),
            ]),
        resourceTypes: ["AWS::S3::Bucket"], property: ["LoggingConfiguration"], expectation: .present,
        problem: S3BucketConfigurationRule.accessLogging.problem)
}

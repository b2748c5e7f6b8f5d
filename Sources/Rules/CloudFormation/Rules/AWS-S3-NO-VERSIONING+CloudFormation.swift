extension CloudFormationPropertyRule {
    static let s3Versioning = CloudFormationPropertyRule(
        sharing: S3BucketConfigurationRule.versioning.description,
        documentation: CloudFormationDocumentation(
            fix: "set `VersioningConfiguration` to `{Status: Enabled}`.",
            triggering: [
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::S3::Bucket
                """),
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                ↓        Status: Suspended
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration:
                        Status: Enabled
                """),
            ]),
        resourceTypes: ["AWS::S3::Bucket"], property: ["VersioningConfiguration", "Status"],
        expectation: .explicitly([.string("Enabled")]), problem: S3BucketConfigurationRule.versioning.problem)
}

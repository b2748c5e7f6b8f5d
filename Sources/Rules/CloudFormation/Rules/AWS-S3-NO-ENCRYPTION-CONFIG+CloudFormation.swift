extension CloudFormationPropertyRule {
    static let s3Encryption = CloudFormationPropertyRule(
        sharing: S3BucketConfigurationRule.encryption.description,
        documentation: CloudFormationDocumentation(
            fix: "add `BucketEncryption` (with `SSEAlgorithm: aws:kms` for audited access).",
            triggering: [
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: my-data
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: aws:kms
                """),
            ]),
        resourceTypes: ["AWS::S3::Bucket"], property: ["BucketEncryption"], expectation: .present,
        problem: S3BucketConfigurationRule.encryption.problem)
}

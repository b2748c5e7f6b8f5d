extension CloudFormationPropertyRule {
    static let sqsEncryption = CloudFormationPropertyRule(
        sharing: .sqsEncryption,
        documentation: CloudFormationDocumentation(
            fix: "remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` to a KMS key.",
            triggering: [
                .template("""
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                ↓      SqsManagedSseEnabled: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: jobs
                """),
            ]),
        resourceTypes: ["AWS::SQS::Queue"], property: ["SqsManagedSseEnabled"])
}

extension CloudFormationPropertyRule {
    static let sqsEncryption = CloudFormationPropertyRule(
        sharing: .sqsEncryption,
        examples: CloudFormationExamples(
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

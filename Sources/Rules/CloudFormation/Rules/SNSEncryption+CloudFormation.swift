extension CloudFormationPropertyRule {
    static let snsEncryption = CloudFormationPropertyRule(
        sharing: .snsEncryption,
        examples: CloudFormationExamples(
            triggering: [
                .template("""
                Resources:
                ↓  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: alerts
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      KmsMasterKeyId: alias/aws/sns
                """),
            ]),
        resourceTypes: ["AWS::SNS::Topic"], property: ["KmsMasterKeyId"])
}

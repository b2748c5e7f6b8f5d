extension CloudFormationPropertyRule {
    static let snsEncryption = CloudFormationPropertyRule(
        sharing: .snsEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `KmsMasterKeyId` (e.g. `alias/aws/sns` or a customer-managed key).",
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

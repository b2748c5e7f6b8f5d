extension CloudFormationPropertyRule {
    static let kmsKeyRotation = CloudFormationPropertyRule(
        sharing: .kmsKeyRotation,
        examples: CloudFormationExamples(
            triggering: [
                .template("""
                Resources:
                ↓  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: data key
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: data key
                      EnableKeyRotation: true
                """),
            ]),
        resourceTypes: ["AWS::KMS::Key"], property: ["EnableKeyRotation"])
}

extension CloudFormationPropertyRule {
    static let kmsKeyRotation = CloudFormationPropertyRule(
        sharing: .kmsKeyRotation,
        documentation: CloudFormationDocumentation(
            fix: "set `EnableKeyRotation: true` on symmetric keys.",
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

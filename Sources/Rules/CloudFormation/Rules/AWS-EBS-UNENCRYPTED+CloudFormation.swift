extension CloudFormationPropertyRule {
    static let ebsEncryption = CloudFormationPropertyRule(
        sharing: .ebsEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
            triggering: [
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      Size: 40
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Data:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      Encrypted: true
                """),
                .template("""
                Resources:
                  Restored:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      SnapshotId: snap-0123456789abcdef0
                """),
            ]),
        resourceTypes: ["AWS::EC2::Volume"], property: ["Encrypted"], inheritedThrough: ["SnapshotId"])
}

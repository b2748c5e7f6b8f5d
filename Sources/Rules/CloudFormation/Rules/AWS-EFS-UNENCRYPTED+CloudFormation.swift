extension CloudFormationPropertyRule {
    static let efsEncryption = CloudFormationPropertyRule(
        sharing: .efsEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
            triggering: [
                .template("""
                Resources:
                ↓  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                """),
                .template("""
                Resources:
                  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                ↓      Encrypted: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                      Encrypted: true
                """),
            ]),
        resourceTypes: ["AWS::EFS::FileSystem"], property: ["Encrypted"])
}

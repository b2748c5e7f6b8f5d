extension CloudFormationPropertyRule {
    static let efsEncryption = CloudFormationPropertyRule(
        sharing: .efsEncryption,
        examples: CloudFormationExamples(
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

extension CloudFormationPropertyRule {
    static let redshiftEncryption = CloudFormationPropertyRule(
        sharing: .redshiftEncryption,
        examples: CloudFormationExamples(
            triggering: [
                .template("""
                Resources:
                ↓  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                """),
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                ↓      Encrypted: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      Encrypted: true
                """),
            ]),
        resourceTypes: ["AWS::Redshift::Cluster"], property: ["Encrypted"])
}

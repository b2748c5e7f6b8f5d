extension CloudFormationPropertyRule {
    static let redshiftEncryption = CloudFormationPropertyRule(
        sharing: .redshiftEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
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

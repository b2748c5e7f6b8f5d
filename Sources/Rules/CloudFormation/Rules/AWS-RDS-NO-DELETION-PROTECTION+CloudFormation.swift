extension CloudFormationPropertyRule {
    static let rdsDeletionProtection = CloudFormationPropertyRule(
        sharing: .rdsDeletionProtection,
        documentation: CloudFormationDocumentation(
            fix: "set `DeletionProtection: true`.",
            triggering: [
                .template("""
                Resources:
                ↓  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-mysql
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-mysql
                      DeletionProtection: true
                  Reader:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBClusterIdentifier: !Ref Cluster
                """),
            ]),
        resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], property: ["DeletionProtection"],
        inheritedThrough: ["DBClusterIdentifier"])
}

extension CloudFormationPropertyRule {
    static let rdsIAMAuthentication = CloudFormationPropertyRule(
        sharing: .rdsIAMAuthentication,
        documentation: CloudFormationDocumentation(
            fix: "set `EnableIAMDatabaseAuthentication: true`.",
            triggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                ↓      EnableIAMDatabaseAuthentication: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      EnableIAMDatabaseAuthentication: true
                """),
            ]),
        resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], property: ["EnableIAMDatabaseAuthentication"],
        inheritedThrough: ["DBClusterIdentifier"])
}

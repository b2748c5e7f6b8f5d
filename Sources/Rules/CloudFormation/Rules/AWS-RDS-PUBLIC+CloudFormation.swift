extension CloudFormationPropertyRule {
    static let rdsPublicAccess = CloudFormationPropertyRule(
        sharing: .rdsPublicAccess,
        documentation: CloudFormationDocumentation(
            fix: "set `PubliclyAccessible: false`.",
            triggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                ↓      PubliclyAccessible: true
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      PubliclyAccessible: !If [IsDemo, true, false]
                """),
            ]),
        resourceTypes: ["AWS::RDS::DBInstance", "AWS::Redshift::Cluster"], property: ["PubliclyAccessible"])
}

extension CloudFormationPropertyRule {
    static let rdsBackups = CloudFormationPropertyRule(
        sharing: .rdsBackups,
        documentation: CloudFormationDocumentation(
            fix: "set `BackupRetentionPeriod` to at least 7.",
            triggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: mysql
                ↓      BackupRetentionPeriod: 0
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: mysql
                      BackupRetentionPeriod: 7
                """),
            ]),
        resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], property: ["BackupRetentionPeriod"])
}

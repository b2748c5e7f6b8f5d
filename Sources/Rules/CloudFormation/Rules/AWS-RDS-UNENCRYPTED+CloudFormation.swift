extension CloudFormationPropertyRule {
    static let rdsEncryption = CloudFormationPropertyRule(
        sharing: .rdsEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `StorageEncrypted: true` (and `KmsKeyId` for a customer-managed key).",
            triggering: [
                .template("""
                Resources:
                ↓  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                """),
                .template("""
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                ↓      StorageEncrypted: "false"
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-postgresql
                      StorageEncrypted: true
                  Writer:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      DBClusterIdentifier: !Ref Cluster
                      Engine: aurora-postgresql
                """),
            ]),
        resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], property: ["StorageEncrypted"],
        inheritedThrough: ["DBClusterIdentifier", "SourceDBInstanceIdentifier", "DBSnapshotIdentifier", "SnapshotIdentifier", "SourceDBClusterIdentifier"])
}

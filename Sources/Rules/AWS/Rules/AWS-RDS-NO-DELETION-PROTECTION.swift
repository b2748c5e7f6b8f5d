extension AWSSettingRule {
    static let rdsDeletionProtection = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-DELETION-PROTECTION", title: "Database has no deletion protection", severity: .medium, cwe: 693,
            checklist: "Resilience › Critical data stores are protected from deletion",
            rationale: "Without deletion protection, one mistaken `terraform destroy` or a compromised pipeline deletes the database. Medium: backups may still allow recovery, with downtime and data loss.",
            recommendation: "Set `deletion_protection = true`. In CloudFormation, set `DeletionProtection: true`.",
            equivalents: [.checkov("CKV_AWS_293"), .trivy("AVD-AWS-0177")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine = "postgres"
                }
                """,
                .template("""
                Resources:
                ↓  Cluster:
                    Type: AWS::RDS::DBCluster
                    Properties:
                      Engine: aurora-mysql
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine              = "postgres"
                  deletion_protection = true
                }
                """,
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
        types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], terraform: ["deletion_protection"], cloudFormation: ["DeletionProtection"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off", problem: "can be deleted without protection",
        inheritedThrough: ["DBClusterIdentifier", "cluster_identifier"])
}

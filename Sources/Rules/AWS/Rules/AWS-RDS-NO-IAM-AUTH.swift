extension AWSSettingRule {
    static let rdsIAMAuthentication = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-IAM-AUTH", title: "Database does not enable IAM authentication", severity: .low, cwe: 287,
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "IAM database authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities. Low: a hardening measure; strong passwords kept in a secret store are an acceptable alternative. Only MySQL, MariaDB, PostgreSQL and Aurora support it; other engines are not judged.",
            recommendation: "Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles that need it (CloudFormation: `EnableIAMDatabaseAuthentication: true`).",
            equivalents: [.checkov("CKV_AWS_161"), .checkov("CKV_AWS_162"), .trivy("AVD-AWS-0176")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine = "postgres"
                }
                """,
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
                """
                resource "aws_db_instance" "main" {
                  engine                              = "postgres"
                  iam_database_authentication_enabled = true
                }
                """,
                """
                resource "aws_db_instance" "erp" {
                  engine         = "oracle-ee"
                  instance_class = "db.m5.large"
                }
                resource "aws_db_instance" "main" {
                  engine         = "sqlserver-se"
                  instance_class = "db.m5.large"
                }
                """,
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      EnableIAMDatabaseAuthentication: true
                  Writer:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: aurora-postgresql
                      DBClusterIdentifier: !Ref Cluster
                """),
            ]),
        types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], terraform: ["iam_database_authentication_enabled"],
        cloudFormation: ["EnableIAMDatabaseAuthentication"],
        expectation: .oneOf([.bool(true)]), whenMissing: "only passwords are accepted by default", problem: "accepts only password authentication",
        appliesTo: { AWSEngines.supportsIAMAuthentication($0) && AWSEngines.isStandaloneInstance($0) })
}

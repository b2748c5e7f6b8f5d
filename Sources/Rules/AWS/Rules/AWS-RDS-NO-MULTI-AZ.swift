extension AWSSettingRule {
    static let rdsNoMultiAz = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-MULTI-AZ", title: "Database instance is in a single availability zone", severity: .low, cwe: 693,
            checklist: "Resilience › Backups and recovery are configured",
            rationale: "A single-AZ instance is down while its zone or host fails and during maintenance. Low: availability; Aurora instances get it from their cluster.",
            recommendation: "Set `multi_az = true` (CloudFormation: `MultiAZ: true`).",
            equivalents: [.checkov("CKV_AWS_157")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }
                """,
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                ↓  multi_az = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                ↓      MultiAZ: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                  multi_az = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      MultiAZ: true
                """),
            ]),
        types: ["AWS::RDS::DBInstance"], terraform: ["multi_az"], cloudFormation: ["MultiAZ"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is one zone",
        problem: "has no standby in another zone",
        appliesTo: AWSEngines.isStandaloneInstance)
}

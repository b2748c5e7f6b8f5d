extension AWSSettingRule {
    static let rdsNoLogExports = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-LOG-EXPORTS", title: "Database exports no logs to CloudWatch", severity: .low, cwe: 778,
            checklist: "Logging › Database audit and error logs are kept",
            rationale: "Without log exports the engine's error, audit and slow-query logs stay on the instance, rotate away within days and are gone with it. Low: detection and forensics.",
            recommendation: "Set `enabled_cloudwatch_logs_exports` (e.g. `[\"postgresql\"]`) (CloudFormation: `EnableCloudwatchLogsExports`).",
            equivalents: [.checkov("CKV_AWS_129")],
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
                ↓  enabled_cloudwatch_logs_exports = []
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
                ↓      EnableCloudwatchLogsExports: []
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                  enabled_cloudwatch_logs_exports = ["postgresql"]
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      EnableCloudwatchLogsExports: [postgresql]
                """),
            ]),
        types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], terraform: ["enabled_cloudwatch_logs_exports"], cloudFormation: ["EnableCloudwatchLogsExports"],
        expectation: .present, whenMissing: "engine logs stay on the instance",
        problem: "keeps no engine logs",
        appliesTo: AWSEngines.isStandaloneInstance)
}

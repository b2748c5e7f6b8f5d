extension AWSSettingRule {
    static let rdsNoEnhancedMonitoring = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-ENHANCED-MONITORING", title: "Database has no enhanced monitoring", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Enhanced monitoring reports the operating system's view (processes, memory, I/O) that is needed to explain an outage or abuse. Low: observability.",
            recommendation: "Set `monitoring_interval` (e.g. 60) with a `monitoring_role_arn` (CloudFormation: `MonitoringInterval`, `MonitoringRoleArn`).",
            equivalents: [.checkov("CKV_AWS_118")],
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
                ↓  monitoring_interval = 0
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
                ↓      MonitoringInterval: 0
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                  monitoring_interval = 60
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      MonitoringInterval: 60
                """),
            ]),
        types: ["AWS::RDS::DBInstance"], terraform: ["monitoring_interval"], cloudFormation: ["MonitoringInterval"],
        expectation: .noneOf([.number(0)]), whenMissing: "the default 0 turns it off",
        problem: "has no enhanced monitoring")
}

extension AWSSettingRule {
    static let rdsNoPerformanceInsights = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-PERFORMANCE-INSIGHTS", title: "Database has Performance Insights turned off", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Performance Insights records which statements loaded the database when; it is how a runaway or abusive query is found afterwards. Low: observability.",
            recommendation: "Set `performance_insights_enabled = true` (CloudFormation: `EnablePerformanceInsights: true`).",
            equivalents: [.checkov("CKV_AWS_353")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.medium"
                }
                """,
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.medium"
                ↓  performance_insights_enabled = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.medium
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.medium
                ↓      EnablePerformanceInsights: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.medium"
                  performance_insights_enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.medium
                      EnablePerformanceInsights: true
                """),
            ]),
        types: ["AWS::RDS::DBInstance"], terraform: ["performance_insights_enabled"], cloudFormation: ["EnablePerformanceInsights"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "records no query load")
}

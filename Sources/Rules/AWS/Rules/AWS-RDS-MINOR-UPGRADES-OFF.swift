extension AWSSettingRule {
    static let rdsMinorUpgradesOff = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-MINOR-UPGRADES-OFF", title: "Database does not take minor engine upgrades", severity: .low, cwe: 1104,
            checklist: "Patching › Managed services take security updates",
            rationale: "Minor versions carry the engine's security fixes; turning automatic minor upgrades off leaves known vulnerabilities in place until someone upgrades by hand. Low: the default is on.",
            recommendation: "Remove `auto_minor_version_upgrade = false` (CloudFormation: `AutoMinorVersionUpgrade`).",
            equivalents: [.checkov("CKV_AWS_226")],
            triggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                ↓  auto_minor_version_upgrade = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                ↓      AutoMinorVersionUpgrade: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                  auto_minor_version_upgrade = true
                }
                """,
                """
                resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      AutoMinorVersionUpgrade: true
                """),
            ]),
        types: ["AWS::RDS::DBInstance"], terraform: ["auto_minor_version_upgrade"], cloudFormation: ["AutoMinorVersionUpgrade"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "does not take security fixes automatically")
}

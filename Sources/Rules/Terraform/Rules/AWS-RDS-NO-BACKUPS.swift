extension ResourceSettingRule {
    static let rdsBackups = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-BACKUPS", title: "Database automated backups are disabled", severity: .medium, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "`backup_retention_period = 0` turns off automated backups and point-in-time recovery: ransomware, a bad migration or a deletion cannot be undone. Medium: availability and integrity, not direct exposure.",
            recommendation: "Set `backup_retention_period` to at least 7 days.",
            equivalents: [.trivy("AVD-AWS-0077")],
            triggering: [
                """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                ↓  backup_retention_period = 0
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                  backup_retention_period = 14
                }
                """,
            ]),
        resourceTypes: ["aws_db_instance", "aws_rds_cluster"], setting: ["backup_retention_period"],
        expectation: .never([.number(0)]), problem: "has no automated backups")
}

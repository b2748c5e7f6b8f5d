extension ResourceSettingRule {
    static let rdsDeletionProtection = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-DELETION-PROTECTION", title: "Database has no deletion protection", severity: .medium, cwe: 693,
            checklist: "Resilience › Critical data stores are protected from deletion",
            rationale: "Without deletion protection, one mistaken `terraform destroy` or a compromised pipeline deletes the database. Medium: backups may still allow recovery, with downtime and data loss.",
            recommendation: "Set `deletion_protection = true`.",
            equivalents: [.checkov("CKV_AWS_293"), .trivy("AVD-AWS-0177")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine = "postgres"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine              = "postgres"
                  deletion_protection = true
                }
                """,
            ]),
        resourceTypes: ["aws_db_instance", "aws_rds_cluster"], setting: ["deletion_protection"],
        expectation: .explicitly([.bool(true)]), problem: "can be deleted without protection")
}

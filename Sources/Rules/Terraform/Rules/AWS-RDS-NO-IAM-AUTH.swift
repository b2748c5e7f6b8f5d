extension ResourceSettingRule {
    static let rdsIAMAuthentication = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-NO-IAM-AUTH", title: "Database does not enable IAM authentication", severity: .low, cwe: 287,
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "IAM database authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities. Low: a hardening measure; strong passwords kept in a secret store are an acceptable alternative.",
            recommendation: "Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles that need it.",
            equivalents: [.checkov("CKV_AWS_161"), .trivy("AVD-AWS-0176")],
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
                  engine                              = "postgres"
                  iam_database_authentication_enabled = true
                }
                """,
            ]),
        resourceTypes: ["aws_db_instance", "aws_rds_cluster"], setting: ["iam_database_authentication_enabled"],
        expectation: .explicitly([.bool(true)]), problem: "accepts only password authentication")
}

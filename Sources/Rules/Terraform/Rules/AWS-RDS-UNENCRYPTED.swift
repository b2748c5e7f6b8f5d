extension ResourceSettingRule {
    static let rdsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-UNENCRYPTED", title: "RDS storage is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Database storage, its snapshots and replicas are readable by whoever gets a copy; encryption cannot be turned on later without a snapshot-restore migration. High: databases hold the most sensitive data.",
            recommendation: "Set `storage_encrypted = true` (and `kms_key_id` for a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_16"), .trivy("AVD-AWS-0080")],
            triggering: [
                """
                ↓resource "aws_db_instance" "main" {
                  engine         = "postgres"
                  instance_class = "db.t3.micro"
                }
                """,
                """
                resource "aws_rds_cluster" "main" {
                  engine            = "aurora-postgresql"
                ↓  storage_encrypted = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine            = "postgres"
                  instance_class    = "db.t3.micro"
                  storage_encrypted = true
                }
                """,
                """
                resource "aws_db_instance" "replica" {
                  instance_class      = "db.t3.micro"
                  replicate_source_db = aws_db_instance.main.identifier
                }
                """,
            ]),
        resourceTypes: ["aws_db_instance", "aws_rds_cluster"], setting: ["storage_encrypted"],
        expectation: .explicitly([.bool(true)]), problem: "stores data unencrypted",
        inheritedThrough: ["replicate_source_db", "snapshot_identifier"])
}

extension ResourceSettingRule {
    static let redshiftEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-UNENCRYPTED", title: "Redshift cluster is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "A warehouse concentrates the organisation's data; without encryption its storage and snapshots are readable by whoever obtains them. High.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_64")],
            triggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier = "warehouse"
                ↓  encrypted          = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier = "warehouse"
                  encrypted          = true
                }
                """,
            ]),
        resourceTypes: ["aws_redshift_cluster"], setting: ["encrypted"], expectation: .explicitly([.bool(true)]),
        problem: "is not encrypted at rest")
}

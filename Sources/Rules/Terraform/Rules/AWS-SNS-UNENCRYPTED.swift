extension ResourceSettingRule {
    static let snsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-SNS-UNENCRYPTED", title: "SNS topic is not encrypted", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Messages wait in SNS unencrypted unless a KMS key is set. Medium: messages are transient but often carry personal or business data.",
            recommendation: "Set `kms_master_key_id` (e.g. `alias/aws/sns` or a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_26"), .trivy("AVD-AWS-0095")],
            triggering: [
                """
                ↓resource "aws_sns_topic" "events" {
                  name = "events"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_sns_topic" "events" {
                  name              = "events"
                  kms_master_key_id = "alias/aws/sns"
                }
                """,
            ]),
        resourceTypes: ["aws_sns_topic"], setting: ["kms_master_key_id"], expectation: .present,
        problem: "stores messages unencrypted")
}

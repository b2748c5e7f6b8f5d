extension ResourceSettingRule {
    static let sqsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-SQS-UNENCRYPTED", title: "SQS queue encryption is turned off", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "New queues are encrypted with SQS-managed keys unless `sqs_managed_sse_enabled = false` switches it off. Medium: queued messages often carry personal or business data.",
            recommendation: "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a KMS key.",
            equivalents: [.checkov("CKV_AWS_27"), .trivy("AVD-AWS-0096")],
            triggering: [
                """
                resource "aws_sqs_queue" "jobs" {
                  name                    = "jobs"
                ↓  sqs_managed_sse_enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_sqs_queue" "jobs" {
                  name = "jobs"
                }
                """,
                """
                resource "aws_sqs_queue" "jobs" {
                  name                    = "jobs"
                  sqs_managed_sse_enabled = true
                }
                """,
            ]),
        resourceTypes: ["aws_sqs_queue"], setting: ["sqs_managed_sse_enabled"], expectation: .never([.bool(false)]),
        problem: "stores messages unencrypted")
}

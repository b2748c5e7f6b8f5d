extension AWSSettingRule {
    static let sqsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SQS-UNENCRYPTED", title: "SQS queue encryption is turned off", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "New queues are encrypted with SQS-managed keys unless `sqs_managed_sse_enabled = false` switches it off. Medium: queued messages often carry personal or business data.",
            recommendation: "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a KMS key. In CloudFormation, remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` to a KMS key.",
            equivalents: [.checkov("CKV_AWS_27"), .trivy("AVD-AWS-0096")],
            triggering: [
                """
                resource "aws_sqs_queue" "jobs" {
                  name                    = "jobs"
                ↓  sqs_managed_sse_enabled = false
                }
                """,
                .template("""
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                ↓      SqsManagedSseEnabled: false
                """),
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
                .template("""
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: jobs
                """),
            ]),
        types: ["AWS::SQS::Queue"], terraform: ["sqs_managed_sse_enabled"], cloudFormation: ["SqsManagedSseEnabled"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil, problem: "stores messages unencrypted")
}

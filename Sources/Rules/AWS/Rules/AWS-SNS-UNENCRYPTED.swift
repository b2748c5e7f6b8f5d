extension AWSSettingRule {
    static let snsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SNS-UNENCRYPTED", title: "SNS topic is not encrypted", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Messages wait in SNS unencrypted unless a KMS key is set. Medium: messages are transient but often carry personal or business data.",
            recommendation: "Set `kms_master_key_id` (e.g. `alias/aws/sns` or a customer-managed key). In CloudFormation, set `KmsMasterKeyId` (e.g. `alias/aws/sns` or a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_26"), .trivy("AVD-AWS-0095")],
            triggering: [
                """
                ↓resource "aws_sns_topic" "events" {
                  name = "events"
                }
                """,
                .template("""
                Resources:
                ↓  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: alerts
                """),
            ],
            nonTriggering: [
                """
                resource "aws_sns_topic" "events" {
                  name              = "events"
                  kms_master_key_id = "alias/aws/sns"
                }
                """,
                .template("""
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      KmsMasterKeyId: alias/aws/sns
                """),
            ]),
        types: ["AWS::SNS::Topic"], terraform: ["kms_master_key_id"], cloudFormation: ["KmsMasterKeyId"],
        expectation: .present, whenMissing: "messages are stored unencrypted", problem: "stores messages unencrypted")
}

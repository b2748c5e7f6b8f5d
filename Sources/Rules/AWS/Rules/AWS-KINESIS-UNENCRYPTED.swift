extension AWSSettingRule {
    static let kinesisUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-KINESIS-UNENCRYPTED", title: "Kinesis stream is not encrypted", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Without server-side encryption records are stored in plain form for the whole retention period. Medium: streams often carry events with personal data.",
            recommendation: "Set `encryption_type = \"KMS\"` with a `kms_key_id` (CloudFormation: `StreamEncryption: {EncryptionType: KMS, KeyId: …}`).",
            equivalents: [.checkov("CKV_AWS_43")],
            triggering: [
                """
                ↓resource "aws_kinesis_stream" "main" {
                  name        = "events"
                  shard_count = 1
                }
                """,
                """
                resource "aws_kinesis_stream" "main" {
                  name        = "events"
                  shard_count = 1
                ↓  encryption_type = "NONE"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                      StreamEncryption:
                ↓        EncryptionType: NONE
                """),
            ],
            nonTriggering: [
                """
                resource "aws_kinesis_stream" "main" {
                  name        = "events"
                  shard_count = 1
                  encryption_type = "KMS"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                      StreamEncryption:
                        EncryptionType: KMS
                """),
            ]),
        types: ["AWS::Kinesis::Stream"], terraform: ["encryption_type"], cloudFormation: ["StreamEncryption.EncryptionType"],
        expectation: .oneOf([.string("KMS")]), whenMissing: "records are stored unencrypted",
        problem: "stores records unencrypted")
}

extension AWSSettingRule {
    static let firehoseUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-FIREHOSE-UNENCRYPTED", title: "Firehose delivery stream does not encrypt buffered data", severity: .medium, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "A Direct PUT delivery stream buffers records (often logs and events carrying personal data) for up to a day before delivery; without server-side encryption they rest unencrypted. Medium. A stream reading a Kinesis data stream or MSK topic stores nothing itself (the source's encryption applies) and is not judged.",
            recommendation: "Add `server_side_encryption { enabled = true }` (with `key_type = \"CUSTOMER_MANAGED_CMK\"` and `key_arn` for a customer key). In CloudFormation, set `DeliveryStreamEncryptionConfigurationInput: {KeyType: AWS_OWNED_CMK}` or `CUSTOMER_MANAGED_CMK` with `KeyARN`.",
            equivalents: [.checkov("CKV_AWS_240")],
            triggering: [
                """
                ↓resource "aws_kinesis_firehose_delivery_stream" "events" {
                  name        = "events"
                  destination = "extended_s3"
                  extended_s3_configuration {
                    role_arn   = aws_iam_role.firehose.arn
                    bucket_arn = aws_s3_bucket.events.arn
                  }
                }
                """,
                """
                resource "aws_kinesis_firehose_delivery_stream" "events" {
                  name        = "events"
                  destination = "extended_s3"
                  server_side_encryption {
                ↓    enabled = false
                  }
                  extended_s3_configuration {
                    role_arn   = aws_iam_role.firehose.arn
                    bucket_arn = aws_s3_bucket.events.arn
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Events:
                    Type: AWS::KinesisFirehose::DeliveryStream
                    Properties:
                      DeliveryStreamType: DirectPut
                      ExtendedS3DestinationConfiguration:
                        BucketARN: !GetAtt EventsBucket.Arn
                        RoleARN: !GetAtt FirehoseRole.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_kinesis_firehose_delivery_stream" "events" {
                  name        = "events"
                  destination = "extended_s3"
                  server_side_encryption {
                    enabled  = true
                    key_type = "CUSTOMER_MANAGED_CMK"
                    key_arn  = aws_kms_key.firehose.arn
                  }
                  extended_s3_configuration {
                    role_arn   = aws_iam_role.firehose.arn
                    bucket_arn = aws_s3_bucket.events.arn
                  }
                }
                """,
                """
                resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
                  name        = "from-stream"
                  destination = "extended_s3"
                  kinesis_source_configuration {
                    kinesis_stream_arn = aws_kinesis_stream.events.arn
                    role_arn           = aws_iam_role.firehose.arn
                  }
                  extended_s3_configuration {
                    role_arn   = aws_iam_role.firehose.arn
                    bucket_arn = aws_s3_bucket.events.arn
                  }
                }
                """,
                .template("""
                Resources:
                  Events:
                    Type: AWS::KinesisFirehose::DeliveryStream
                    Properties:
                      DeliveryStreamType: DirectPut
                      DeliveryStreamEncryptionConfigurationInput:
                        KeyType: AWS_OWNED_CMK
                      ExtendedS3DestinationConfiguration:
                        BucketARN: !GetAtt EventsBucket.Arn
                        RoleARN: !GetAtt FirehoseRole.Arn
                  FromStream:
                    Type: AWS::KinesisFirehose::DeliveryStream
                    Properties:
                      DeliveryStreamType: KinesisStreamAsSource
                      KinesisStreamSourceConfiguration:
                        KinesisStreamARN: !GetAtt Stream.Arn
                        RoleARN: !GetAtt FirehoseRole.Arn
                """),
            ]),
        // CloudFormation's `KeyType` names the key; Terraform's `enabled` is the switch.
        types: ["AWS::KinesisFirehose::DeliveryStream"], terraform: ["server_side_encryption.enabled"],
        cloudFormation: ["DeliveryStreamEncryptionConfigurationInput.KeyType"],
        expectation: .noneOf([.bool(false), .string("")]), whenMissing: "buffered records are stored unencrypted",
        problem: "stores buffered records unencrypted", appliesTo: { isDirectPut($0) })

    /// Only a Direct PUT stream stores records itself; one reading a Kinesis stream or an MSK topic
    /// keeps them encrypted by its source.
    private static func isDirectPut(_ stream: AWSResource) -> Bool {
        if stream.isTerraform {
            return stream.setting("kinesis_source_configuration") == nil && stream.setting("msk_source_configuration") == nil
        }
        guard let type = stream.setting("DeliveryStreamType") else { return true }
        return type.known.stringValue?.lowercased() == "directput"
    }
}

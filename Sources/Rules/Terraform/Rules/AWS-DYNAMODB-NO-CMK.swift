extension ResourceSettingRule {
    static let dynamoDBEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-DYNAMODB-NO-CMK", title: "DynamoDB table is not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Tables are always encrypted with an AWS-owned key, which the account can neither audit nor revoke; a KMS key adds key-use auditing and revocation. Low: the data is encrypted either way.",
            recommendation: "Add `server_side_encryption { enabled = true }` (optionally with `kms_key_arn`).",
            equivalents: [.checkov("CKV_AWS_119")],
            triggering: [
                """
                ↓resource "aws_dynamodb_table" "orders" {
                  name     = "orders"
                  hash_key = "id"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_dynamodb_table" "orders" {
                  name     = "orders"
                  hash_key = "id"
                  server_side_encryption {
                    enabled = true
                  }
                }
                """,
            ]),
        resourceTypes: ["aws_dynamodb_table"], setting: ["server_side_encryption", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "uses an AWS-owned key nobody can audit")
}

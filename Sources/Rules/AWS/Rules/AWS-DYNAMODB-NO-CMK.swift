extension AWSSettingRule {
    static let dynamoDBEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DYNAMODB-NO-CMK", title: "DynamoDB table is not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Tables are always encrypted at rest, by default with an AWS-owned key the account can neither audit nor revoke; a KMS key adds key-use auditing and revocation. Low: the data is encrypted either way.",
            recommendation: "Add `server_side_encryption { enabled = true }` (optionally with `kms_key_arn`); in CloudFormation `SSESpecification: {SSEEnabled: true}` (optionally with `KMSMasterKeyId`).",
            equivalents: [.checkov("CKV_AWS_119")],
            triggering: [
                """
                ↓resource "aws_dynamodb_table" "orders" {
                  name     = "orders"
                  hash_key = "id"
                }
                """,
                .template("""
                Resources:
                ↓  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                """),
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      SSESpecification:
                ↓        SSEEnabled: false
                """),
                .template("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  Sessions:
                    Type: AWS::Serverless::SimpleTable
                    Properties:
                      PrimaryKey: {Name: id, Type: String}
                """),
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
                .template("""
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      SSESpecification:
                        SSEEnabled: true
                        SSEType: KMS
                """),
            ]),
        types: ["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"], terraform: ["server_side_encryption.enabled"],
        cloudFormation: ["SSESpecification.SSEEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the table is encrypted with an AWS-owned key",
        problem: "is encrypted with a key the account cannot audit")
}

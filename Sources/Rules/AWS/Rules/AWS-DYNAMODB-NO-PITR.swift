extension AWSSettingRule {
    static let dynamodbNoPitr = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DYNAMODB-NO-PITR", title: "DynamoDB table has no point-in-time recovery", severity: .medium, cwe: 693,
            checklist: "Resilience › Backups and recovery are configured",
            rationale: "Point-in-time recovery restores a table to any second of the last 35 days, the way back from a bad deployment or a malicious delete. Medium: the data cannot be recovered otherwise.",
            recommendation: "Add `point_in_time_recovery { enabled = true }` (CloudFormation: `PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}`).",
            equivalents: [.checkov("CKV_AWS_28")],
            triggering: [
                """
                ↓resource "aws_dynamodb_table" "main" {
                  name     = "orders"
                  hash_key = "id"
                }
                """,
                """
                resource "aws_dynamodb_table" "main" {
                  name     = "orders"
                  hash_key = "id"
                  point_in_time_recovery {
                ↓    enabled = false
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      PointInTimeRecoverySpecification:
                ↓        PointInTimeRecoveryEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_dynamodb_table" "main" {
                  name     = "orders"
                  hash_key = "id"
                  point_in_time_recovery {
                    enabled = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      PointInTimeRecoverySpecification:
                        PointInTimeRecoveryEnabled: true
                """),
            ]),
        types: ["AWS::DynamoDB::Table"], terraform: ["point_in_time_recovery.enabled"], cloudFormation: ["PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "cannot be restored to an earlier point")
}

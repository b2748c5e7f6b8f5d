extension AWSSettingRule {
    static let timestreamNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-TIMESTREAM-NO-CMK", title: "Timestream database is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Without `kms_key_id` the database uses the AWS-managed Timestream key, whose use cannot be restricted or audited per database. Low: encrypted either way.",
            recommendation: "Set `kms_key_id` (CloudFormation: `KmsKeyId`).",
            equivalents: [.checkov("CKV_AWS_160")],
            triggering: [
                """
                ↓resource "aws_timestreamwrite_database" "main" {
                  database_name = "metrics"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Timestream::Database
                    Properties:
                      DatabaseName: metrics
                """),
            ],
            nonTriggering: [
                """
                resource "aws_timestreamwrite_database" "main" {
                  database_name = "metrics"
                  kms_key_id = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Timestream::Database
                    Properties:
                      DatabaseName: metrics
                      KmsKeyId: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::Timestream::Database"], terraform: ["kms_key_id"], cloudFormation: ["KmsKeyId"],
        expectation: .present, whenMissing: "it uses the AWS-managed key",
        problem: "uses an encryption key nobody can audit")
}

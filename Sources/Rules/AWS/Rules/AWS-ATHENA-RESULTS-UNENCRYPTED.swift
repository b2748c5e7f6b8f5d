extension AWSSettingRule {
    static let athenaResultsUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ATHENA-RESULTS-UNENCRYPTED", title: "Athena workgroup does not encrypt query results", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Query results are copies of the data queried, written to S3; without an encryption configuration they rely on the bucket's default alone. Medium.",
            recommendation: "Add `configuration { result_configuration { encryption_configuration { encryption_option = \"SSE_KMS\" … } } }` (CloudFormation: `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration`).",
            equivalents: [.checkov("CKV_AWS_159")],
            triggering: [
                """
                ↓resource "aws_athena_workgroup" "main" {
                  name = "analytics"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: analytics
                """),
            ],
            nonTriggering: [
                """
                resource "aws_athena_workgroup" "main" {
                  name = "analytics"
                  configuration {
                    result_configuration {
                      encryption_configuration {
                        encryption_option = "SSE_KMS"
                        kms_key_arn = aws_kms_key.main.arn
                      }
                    }
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: analytics
                      WorkGroupConfiguration:
                        ResultConfiguration:
                          EncryptionConfiguration:
                            EncryptionOption: SSE_KMS
                            KmsKey: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::Athena::WorkGroup"], terraform: ["configuration.result_configuration.encryption_configuration"], cloudFormation: ["WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration"],
        expectation: .present, whenMissing: "results are written as the bucket's default leaves them",
        problem: "does not encrypt query results")
}

extension AWSSettingRule {
    static let secretsmanagerNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SECRETSMANAGER-NO-CMK", title: "Secrets Manager secret is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "With the default `aws/secretsmanager` key, every principal with `secretsmanager:GetSecretValue` can read the secret, across the account; a customer-managed key adds a second, auditable gate and cross-account sharing. Low: the secret is encrypted either way.",
            recommendation: "Set `kms_key_id` to a customer-managed key (CloudFormation: `KmsKeyId`).",
            equivalents: [.checkov("CKV_AWS_149")],
            triggering: [
                """
                ↓resource "aws_secretsmanager_secret" "main" {
                  name = "db-password"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      Name: db-password
                """),
            ],
            nonTriggering: [
                """
                resource "aws_secretsmanager_secret" "main" {
                  name = "db-password"
                  kms_key_id = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      Name: db-password
                      KmsKeyId: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::SecretsManager::Secret"], terraform: ["kms_key_id"], cloudFormation: ["KmsKeyId"],
        expectation: .present, whenMissing: "it uses the account's default key",
        problem: "is protected by the default key only")
}

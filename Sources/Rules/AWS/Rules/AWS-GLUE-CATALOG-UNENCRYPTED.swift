import InfragateParsers

extension AWSSettingRule {
    static let glueCatalogUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-GLUE-CATALOG-UNENCRYPTED", title: "Glue Data Catalog metadata is not encrypted", severity: .medium, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "The Data Catalog holds table schemas, locations and connection definitions for the account's data lake; without encryption at rest they are stored in the clear. Medium.",
            recommendation: "Set `catalog_encryption_mode = \"SSE-KMS\"` with `sse_aws_kms_key_id` in `data_catalog_encryption_settings.encryption_at_rest` (CloudFormation: `DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode: SSE-KMS`).",
            equivalents: [.checkov("CKV_AWS_94")],
            triggering: [
                """
                resource "aws_glue_data_catalog_encryption_settings" "main" {
                  data_catalog_encryption_settings {
                    connection_password_encryption {
                      return_connection_password_encrypted = true
                      aws_kms_key_id                       = aws_kms_key.glue.arn
                    }
                    encryption_at_rest {
                ↓      catalog_encryption_mode = "DISABLED"
                    }
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Catalog:
                    Type: AWS::Glue::DataCatalogEncryptionSettings
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      DataCatalogEncryptionSettings:
                        ConnectionPasswordEncryption:
                          ReturnConnectionPasswordEncrypted: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_glue_data_catalog_encryption_settings" "main" {
                  data_catalog_encryption_settings {
                    connection_password_encryption {
                      return_connection_password_encrypted = true
                      aws_kms_key_id                       = aws_kms_key.glue.arn
                    }
                    encryption_at_rest {
                      catalog_encryption_mode = "SSE-KMS"
                      sse_aws_kms_key_id      = aws_kms_key.glue.arn
                    }
                  }
                }
                """,
                .template("""
                Resources:
                  Catalog:
                    Type: AWS::Glue::DataCatalogEncryptionSettings
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      DataCatalogEncryptionSettings:
                        EncryptionAtRest:
                          CatalogEncryptionMode: SSE-KMS
                          SseAwsKmsKeyId: !Ref GlueKey
                """),
            ]),
        types: ["AWS::Glue::DataCatalogEncryptionSettings"],
        terraform: ["data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode"],
        cloudFormation: ["DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode"],
        expectation: .noneOf([.string("DISABLED")]), whenMissing: "the catalog is not encrypted",
        problem: "stores catalog metadata unencrypted")
}

extension AWSSettingRule {
    static let ecrNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ECR-NO-CMK", title: "ECR repository is not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Images are always encrypted with an AWS-managed key; a KMS key adds key-use auditing and revocation. Low: the data is encrypted either way.",
            recommendation: "Add `encryption_configuration { encryption_type = \"KMS\" }` (CloudFormation: `EncryptionConfiguration: {EncryptionType: KMS}`).",
            equivalents: [.checkov("CKV_AWS_136")],
            triggering: [
                """
                ↓resource "aws_ecr_repository" "main" {
                  name = "app"
                }
                """,
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                  encryption_configuration {
                ↓    encryption_type = "AES256"
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                      EncryptionConfiguration:
                ↓        EncryptionType: AES256
                """),
            ],
            nonTriggering: [
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                  encryption_configuration {
                    encryption_type = "KMS"
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                      EncryptionConfiguration:
                        EncryptionType: KMS
                """),
            ]),
        types: ["AWS::ECR::Repository"], terraform: ["encryption_configuration.encryption_type"], cloudFormation: ["EncryptionConfiguration.EncryptionType"],
        expectation: .oneOf([.string("KMS"), .string("KMS_DSSE")]), whenMissing: "images use the AES256 AWS-managed key",
        problem: "uses an encryption key nobody can audit")
}

extension AWSSettingRule {
    static let codebuildNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CODEBUILD-NO-CMK", title: "CodeBuild project is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "Without `encryption_key` artifacts are encrypted with the account's AWS-managed S3 key, whose use cannot be restricted. Low: encrypted either way.",
            recommendation: "Set `encryption_key` to a KMS key (CloudFormation: `EncryptionKey`).",
            equivalents: [.checkov("CKV_AWS_147")],
            triggering: [
                """
                ↓resource "aws_codebuild_project" "main" {
                  name         = "app"
                  service_role = aws_iam_role.build.arn
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      ServiceRole: !GetAtt BuildRole.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_codebuild_project" "main" {
                  name         = "app"
                  service_role = aws_iam_role.build.arn
                  encryption_key = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      ServiceRole: !GetAtt BuildRole.Arn
                      EncryptionKey: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::CodeBuild::Project"], terraform: ["encryption_key"], cloudFormation: ["EncryptionKey"],
        expectation: .present, whenMissing: "artifacts use the AWS-managed key",
        problem: "uses an encryption key nobody can audit")
}

extension AWSSettingRule {
    static let codebuildArtifactsUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-CODEBUILD-ARTIFACTS-UNENCRYPTED", title: "CodeBuild project writes unencrypted artifacts", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Build artifacts are what gets deployed; written unencrypted, they can be read wherever the bucket leaks. Medium.",
            recommendation: "Remove `encryption_disabled = true` from `artifacts` (CloudFormation: `Artifacts.EncryptionDisabled`).",
            equivalents: [.checkov("CKV_AWS_78")],
            triggering: [
                """
                resource "aws_codebuild_project" "main" {
                  name         = "app"
                  service_role = aws_iam_role.build.arn
                  artifacts {
                ↓    encryption_disabled = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      ServiceRole: !GetAtt BuildRole.Arn
                      Artifacts:
                ↓        EncryptionDisabled: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_codebuild_project" "main" {
                  name         = "app"
                  service_role = aws_iam_role.build.arn
                  artifacts {
                    encryption_disabled = false
                  }
                }
                """,
                """
                resource "aws_codebuild_project" "main" {
                  name         = "app"
                  service_role = aws_iam_role.build.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      ServiceRole: !GetAtt BuildRole.Arn
                      Artifacts:
                        EncryptionDisabled: false
                """),
            ]),
        types: ["AWS::CodeBuild::Project"], terraform: ["artifacts.encryption_disabled"], cloudFormation: ["Artifacts.EncryptionDisabled"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil,
        problem: "writes artifacts unencrypted")
}

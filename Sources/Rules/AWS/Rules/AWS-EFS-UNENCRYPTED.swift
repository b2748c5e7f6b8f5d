extension AWSSettingRule {
    static let efsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EFS-UNENCRYPTED", title: "EFS file system is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "EFS encryption at rest can only be chosen when the file system is created; an unencrypted file system must be copied to fix it. High: shared file systems usually hold application data.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key). In CloudFormation, set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
            equivalents: [.checkov("CKV_AWS_42"), .trivy("AVD-AWS-0037")],
            triggering: [
                """
                ↓resource "aws_efs_file_system" "shared" {
                  creation_token = "shared"
                }
                """,
                .template("""
                Resources:
                ↓  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                """),
                .template("""
                Resources:
                  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                ↓      Encrypted: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_efs_file_system" "shared" {
                  creation_token = "shared"
                  encrypted      = true
                }
                """,
                .template("""
                Resources:
                  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      PerformanceMode: generalPurpose
                      Encrypted: true
                """),
            ]),
        types: ["AWS::EFS::FileSystem"], terraform: ["encrypted"], cloudFormation: ["Encrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted", problem: "is not encrypted at rest")
}

extension AWSSettingRule {
    static let workspacesUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-WORKSPACES-UNENCRYPTED", title: "WorkSpaces user volume is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "A workspace's user volume holds its user's documents and cached credentials; unencrypted, a snapshot reads them all. High.",
            recommendation: "Set `user_volume_encryption_enabled = true` with a `volume_encryption_key` (CloudFormation: `UserVolumeEncryptionEnabled`, `VolumeEncryptionKey`).",
            equivalents: [.checkov("CKV_AWS_155")],
            triggering: [
                """
                ↓resource "aws_workspaces_workspace" "main" {
                  directory_id = aws_directory_service_directory.corp.id
                  bundle_id    = "wsb-bh8rsxt14"
                  user_name    = "alice"
                }
                """,
                """
                resource "aws_workspaces_workspace" "main" {
                  directory_id = aws_directory_service_directory.corp.id
                  bundle_id    = "wsb-bh8rsxt14"
                  user_name    = "alice"
                ↓  user_volume_encryption_enabled = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::WorkSpaces::Workspace
                    Properties:
                      DirectoryId: !Ref Directory
                      BundleId: wsb-bh8rsxt14
                      UserName: alice
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::WorkSpaces::Workspace
                    Properties:
                      DirectoryId: !Ref Directory
                      BundleId: wsb-bh8rsxt14
                      UserName: alice
                ↓      UserVolumeEncryptionEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_workspaces_workspace" "main" {
                  directory_id = aws_directory_service_directory.corp.id
                  bundle_id    = "wsb-bh8rsxt14"
                  user_name    = "alice"
                  user_volume_encryption_enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::WorkSpaces::Workspace
                    Properties:
                      DirectoryId: !Ref Directory
                      BundleId: wsb-bh8rsxt14
                      UserName: alice
                      UserVolumeEncryptionEnabled: true
                """),
            ]),
        types: ["AWS::WorkSpaces::Workspace"], terraform: ["user_volume_encryption_enabled"], cloudFormation: ["UserVolumeEncryptionEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "stores its user's files unencrypted")
}

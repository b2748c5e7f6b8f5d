extension AWSSettingRule {
    static let workspacesRootUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-WORKSPACES-ROOT-UNENCRYPTED", title: "WorkSpaces root volume is not encrypted", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "The root volume holds the operating system's caches, swap and profile data of the workspace's user. Medium: the user volume holds the documents.",
            recommendation: "Set `root_volume_encryption_enabled = true` with a `volume_encryption_key` (CloudFormation: `RootVolumeEncryptionEnabled`, `VolumeEncryptionKey`).",
            equivalents: [.checkov("CKV_AWS_156")],
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
                ↓  root_volume_encryption_enabled = false
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
                ↓      RootVolumeEncryptionEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_workspaces_workspace" "main" {
                  directory_id = aws_directory_service_directory.corp.id
                  bundle_id    = "wsb-bh8rsxt14"
                  user_name    = "alice"
                  root_volume_encryption_enabled = true
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
                      RootVolumeEncryptionEnabled: true
                """),
            ]),
        types: ["AWS::WorkSpaces::Workspace"], terraform: ["root_volume_encryption_enabled"], cloudFormation: ["RootVolumeEncryptionEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "stores its system volume unencrypted")
}

extension AWSSettingRule {
    static let eksNoSecretsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EKS-NO-SECRETS-ENCRYPTION", title: "EKS cluster does not encrypt Kubernetes secrets with KMS", severity: .medium, cwe: 311,
            checklist: "Kubernetes › Secrets are encrypted at rest",
            rationale: "Envelope encryption with a KMS key keeps Secrets unreadable in etcd backups and lets access to them be revoked and audited. Medium: the checklist's Kubernetes secrets item.",
            recommendation: "Add `encryption_config { resources = [\"secrets\"] provider { key_arn = … } }` (CloudFormation: `EncryptionConfig`).",
            equivalents: [.checkov("CKV_AWS_58")],
            triggering: [
                """
                ↓resource "aws_eks_cluster" "main" {
                  name     = "main"
                  role_arn = aws_iam_role.eks.arn
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: !GetAtt EksRole.Arn
                """),
            ],
            nonTriggering: [
                """
                resource "aws_eks_cluster" "main" {
                  name     = "main"
                  role_arn = aws_iam_role.eks.arn
                  encryption_config {
                    resources = ["secrets"]
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: !GetAtt EksRole.Arn
                      EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: !GetAtt Key.Arn}}]
                """),
            ]),
        types: ["AWS::EKS::Cluster"], terraform: ["encryption_config"], cloudFormation: ["EncryptionConfig"],
        expectation: .present, whenMissing: "secrets are stored with the default encryption only",
        problem: "does not envelope-encrypt secrets")
}

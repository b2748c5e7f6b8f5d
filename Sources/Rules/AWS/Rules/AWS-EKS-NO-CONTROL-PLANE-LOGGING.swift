extension AWSSettingRule {
    static let eksNoControlPlaneLogging = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EKS-NO-CONTROL-PLANE-LOGGING", title: "EKS control plane logging is disabled", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "The API server audit log is the only record of who did what in the cluster. Low: detection and forensics.",
            recommendation: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]` (CloudFormation: `Logging: {ClusterLogging: {EnabledTypes: …}}`).",
            equivalents: [.checkov("CKV_AWS_37")],
            triggering: [
                """
                ↓resource "aws_eks_cluster" "main" {
                  name     = "main"
                  role_arn = aws_iam_role.eks.arn
                }
                """,
                """
                resource "aws_eks_cluster" "main" {
                  name     = "main"
                  role_arn = aws_iam_role.eks.arn
                ↓  enabled_cluster_log_types = []
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: !GetAtt EksRole.Arn
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: !GetAtt EksRole.Arn
                      Logging:
                        ClusterLogging:
                ↓          EnabledTypes: []
                """),
            ],
            nonTriggering: [
                """
                resource "aws_eks_cluster" "main" {
                  name     = "main"
                  role_arn = aws_iam_role.eks.arn
                  enabled_cluster_log_types = ["api", "audit", "authenticator"]
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EKS::Cluster
                    Properties:
                      RoleArn: !GetAtt EksRole.Arn
                      Logging:
                        ClusterLogging:
                          EnabledTypes: [{Type: api}, {Type: audit}]
                """),
            ]),
        types: ["AWS::EKS::Cluster"], terraform: ["enabled_cluster_log_types"], cloudFormation: ["Logging.ClusterLogging.EnabledTypes"],
        expectation: .present, whenMissing: "no control-plane log is kept",
        problem: "keeps no audit log")
}

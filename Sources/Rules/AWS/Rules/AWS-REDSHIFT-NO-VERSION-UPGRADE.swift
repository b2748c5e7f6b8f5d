extension AWSSettingRule {
    static let redshiftNoVersionUpgrade = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-NO-VERSION-UPGRADE", title: "Redshift cluster does not take version upgrades", severity: .low, cwe: 1104,
            checklist: "Patching › Managed services take security updates",
            rationale: "Engine upgrades carry Redshift's security fixes; turning them off keeps known vulnerabilities in place. Low: the default is on.",
            recommendation: "Remove `allow_version_upgrade = false` (CloudFormation: `AllowVersionUpgrade`).",
            equivalents: [.checkov("CKV_AWS_141")],
            triggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                ↓  allow_version_upgrade = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                ↓      AllowVersionUpgrade: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                  allow_version_upgrade = true
                }
                """,
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      AllowVersionUpgrade: true
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["allow_version_upgrade"], cloudFormation: ["AllowVersionUpgrade"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "does not take security fixes")
}

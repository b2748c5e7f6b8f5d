extension AWSSettingRule {
    static let redshiftPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-PUBLIC", title: "Redshift cluster is publicly accessible", severity: .high, cwe: 284,
            checklist: "Network › Databases are not reachable from the internet",
            rationale: "A publicly accessible cluster gets a public IP address: its endpoint answers from the internet to anyone the security group lets through, and password guessing or a leaked credential reaches the warehouse directly. High: the warehouse holds the organisation's data in bulk. Clusters are private unless this is set (the provider's default since v5, AWS's since 2025).",
            recommendation: "Remove `publicly_accessible` or set it to `false` (CloudFormation: `PubliclyAccessible: false`); reach the cluster through the VPC, a VPN or a Redshift-managed VPC endpoint.",
            equivalents: [.checkov("CKV_AWS_87")],
            triggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier  = "warehouse"
                  node_type           = "ra3.xlplus"
                ↓  publicly_accessible = true
                }
                """,
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                ↓      PubliclyAccessible: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier  = "warehouse"
                  node_type           = "ra3.xlplus"
                  publicly_accessible = false
                }
                """,
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                }
                """,
                .template("""
                Resources:
                  Warehouse:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      PubliclyAccessible: false
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["publicly_accessible"], cloudFormation: ["PubliclyAccessible"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil, problem: "is reachable from the internet")
}

extension AWSSettingRule {
    static let redshiftPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-PUBLIC", title: "Redshift cluster is publicly accessible", severity: .high, cwe: 284,
            checklist: "Network exposure › Services are not reachable from the internet",
            rationale: "A publicly accessible cluster gets a public address, leaving only its security group and password between the warehouse and the internet. High: warehouses hold everything.",
            recommendation: "Set `publicly_accessible = false` (CloudFormation: `PubliclyAccessible: false`).",
            equivalents: [.checkov("CKV_AWS_87")],
            triggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                ↓  publicly_accessible = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                ↓      PubliclyAccessible: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                  publicly_accessible = false
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
                      PubliclyAccessible: false
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["publicly_accessible"], cloudFormation: ["PubliclyAccessible"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil,
        problem: "is reachable from the internet")
}

extension AWSSettingRule {
    static let redshiftNoEnhancedVpcRouting = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-REDSHIFT-NO-ENHANCED-VPC-ROUTING", title: "Redshift cluster does not route COPY and UNLOAD through the VPC", severity: .low, cwe: 693,
            checklist: "Network exposure › Traffic stays on controlled paths",
            rationale: "Without enhanced VPC routing, COPY and UNLOAD traffic leaves through the internet rather than the VPC's endpoints, flow logs and security groups. Low.",
            recommendation: "Set `enhanced_vpc_routing = true` (CloudFormation: `EnhancedVpcRouting: true`).",
            equivalents: [.checkov("CKV_AWS_321")],
            triggering: [
                """
                ↓resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                }
                """,
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                ↓  enhanced_vpc_routing = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                ↓      EnhancedVpcRouting: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_redshift_cluster" "main" {
                  cluster_identifier = "warehouse"
                  node_type          = "ra3.xlplus"
                  enhanced_vpc_routing = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Redshift::Cluster
                    Properties:
                      NodeType: ra3.xlplus
                      ClusterType: single-node
                      EnhancedVpcRouting: true
                """),
            ]),
        types: ["AWS::Redshift::Cluster"], terraform: ["enhanced_vpc_routing"], cloudFormation: ["EnhancedVpcRouting"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "moves data outside the VPC's controls")
}

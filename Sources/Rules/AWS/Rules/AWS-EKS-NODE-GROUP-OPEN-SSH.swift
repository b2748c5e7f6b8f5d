/// EKS managed node groups whose remote access names an SSH key but no source security groups,
/// for which EKS opens port 22 of the nodes to `0.0.0.0/0`.
struct EKSNodeGroupOpenSSHRule: Rule {
    let description = RuleDescription(
        id: "AWS-EKS-NODE-GROUP-OPEN-SSH", title: "EKS node group allows SSH from the internet", severity: .high, cwe: 284,
        checklist: "Network exposure › Administration ports are not open to the internet",
        rationale: "When a managed node group's remote access names an SSH key and no source security groups, EKS creates a security group that admits port 22 on every node from `0.0.0.0/0`. High: every worker node, with the cluster's credentials on it, is open to SSH brute force from the internet.",
        recommendation: "Set `remote_access.source_security_group_ids` to a bastion's security group, or drop `remote_access` and reach nodes with SSM Session Manager. In CloudFormation, set `RemoteAccess.SourceSecurityGroups`.",
        equivalents: [.checkov("CKV_AWS_100"), .kics("EKS node group remote access disabled")],
        triggering: [
            """
            resource "aws_eks_node_group" "workers" {
              cluster_name  = aws_eks_cluster.main.name
              node_role_arn = aws_iam_role.nodes.arn
              subnet_ids    = var.private_subnets
            ↓  remote_access {
                ec2_ssh_key = "ops"
              }
            }
            """,
            .template("""
            Resources:
              Workers:
                Type: AWS::EKS::Nodegroup
                Properties:
                  ClusterName: !Ref Cluster
                  NodeRole: !GetAtt NodeRole.Arn
                  Subnets: [!Ref SubnetA]
            ↓      RemoteAccess:
                    Ec2SshKey: ops
            """),
        ],
        nonTriggering: [
            """
            resource "aws_eks_node_group" "workers" {
              cluster_name  = aws_eks_cluster.main.name
              node_role_arn = aws_iam_role.nodes.arn
              subnet_ids    = var.private_subnets
              remote_access {
                ec2_ssh_key               = "ops"
                source_security_group_ids = [aws_security_group.bastion.id]
              }
            }
            """,
            """
            resource "aws_eks_node_group" "workers" {
              cluster_name  = aws_eks_cluster.main.name
              node_role_arn = aws_iam_role.nodes.arn
              subnet_ids    = var.private_subnets
            }
            """,
            .template("""
            Resources:
              Workers:
                Type: AWS::EKS::Nodegroup
                Properties:
                  ClusterName: !Ref Cluster
                  NodeRole: !GetAtt NodeRole.Arn
                  Subnets: [!Ref SubnetA]
                  RemoteAccess:
                    Ec2SshKey: ops
                    SourceSecurityGroups: [!Ref BastionGroup]
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::EKS::Nodegroup").compactMap { group in
            let name = group.isTerraform ? "remote_access" : "RemoteAccess"
            guard let access = group.setting(name), access.member(group.isTerraform ? "ec2_ssh_key" : "Ec2SshKey") != nil else { return nil }
            // Sources that are set, or unknown (they may name a bastion group), keep EKS from opening the port.
            if let sources = access.member(group.isTerraform ? "source_security_group_ids" : "SourceSecurityGroups"),
               !(sources.known == .list([]) || sources.known == .null) { return nil }
            return group.violation(at: access, message: "\(group.address) lets EKS open SSH on every node to `0.0.0.0/0`: `\(name)` names no source security groups.",
                                   detail: name)
        }
    }
}

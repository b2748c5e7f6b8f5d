/// An EKS API endpoint reachable from the whole internet (the provider's default).
struct EKSPublicEndpointRule: Rule {
    let description = RuleDescription(
        id: "AWS-EKS-PUBLIC-ENDPOINT", title: "EKS API endpoint is open to the internet", severity: .high, cwe: 284,
        checklist: "Network exposure › Control planes are not reachable from the internet",
        rationale: "By default the cluster API accepts connections from `0.0.0.0/0`; its authentication is then the only barrier, and API server vulnerabilities are exposed to the world. High.",
        recommendation: "Set `endpoint_public_access = false` (with `endpoint_private_access = true`), or restrict `public_access_cidrs` to known ranges. In CloudFormation, set `ResourcesVpcConfig.EndpointPublicAccess: false` (with `EndpointPrivateAccess: true`), or restrict `PublicAccessCidrs` to known ranges.",
        equivalents: [.checkov("CKV_AWS_38"), .checkov("CKV_AWS_39"), .trivy("AVD-AWS-0040"), .trivy("AVD-AWS-0041")],
        triggering: [
            """
            resource "aws_eks_cluster" "main" {
              name     = "main"
              role_arn = aws_iam_role.eks.arn
            ↓  vpc_config {
                subnet_ids = var.subnets
              }
            }
            """,
            """
            resource "aws_eks_cluster" "main" {
              name = "main"
              vpc_config {
                subnet_ids          = var.subnets
            ↓    public_access_cidrs = ["0.0.0.0/0"]
              }
            }
            """,
            .template("""
            Resources:
              Cluster:
                Type: AWS::EKS::Cluster
                Properties:
                  RoleArn: !GetAtt ClusterRole.Arn
            ↓      ResourcesVpcConfig:
                    SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            """),
            .template("""
            Resources:
              Cluster:
                Type: AWS::EKS::Cluster
                Properties:
                  ResourcesVpcConfig:
                    SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            ↓        PublicAccessCidrs: [0.0.0.0/0]
            """),
            """
            module "eks" {
              source                         = "terraform-aws-modules/eks/aws"
              version                        = "~> 20.0"
              cluster_name                   = "prod"
            ↓  cluster_endpoint_public_access = true
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_eks_cluster" "main" {
              name = "main"
              vpc_config {
                subnet_ids              = var.subnets
                endpoint_public_access  = false
                endpoint_private_access = true
              }
            }
            """,
            """
            resource "aws_eks_cluster" "main" {
              name = "main"
              vpc_config {
                subnet_ids          = var.subnets
                public_access_cidrs = ["203.0.113.0/24"]
              }
            }
            """,
            .template("""
            Resources:
              Cluster:
                Type: AWS::EKS::Cluster
                Properties:
                  ResourcesVpcConfig:
                    SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                    EndpointPublicAccess: false
                    EndpointPrivateAccess: true
            """),
            .template("""
            Resources:
              Cluster:
                Type: AWS::EKS::Cluster
                Properties:
                  ResourcesVpcConfig:
                    SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                    PublicAccessCidrs: [203.0.113.0/24]
            """),
            """
            module "eks" {
              source                               = "terraform-aws-modules/eks/aws"
              version                              = "~> 20.0"
              cluster_name                         = "prod"
              cluster_endpoint_public_access       = true
              cluster_endpoint_public_access_cidrs = ["203.0.113.0/24"]
            }
            """,
        ])

    /// Terraform's `vpc_config` block and CloudFormation's `ResourcesVpcConfig`: public unless
    /// public access is turned off, and open to the world unless the allowed sources exclude it.
    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::EKS::Cluster").compactMap { cluster in
            let name = cluster.isTerraform ? "vpc_config" : "ResourcesVpcConfig"
            let configuration = cluster.setting(name)?.elements.first
            // An unknown configuration (an intrinsic function) answers unknown here, never "public".
            if let publicAccess = configuration?.member("EndpointPublicAccess"), publicAccess.known.boolValue != true { return nil }
            var location = configuration
            if let sources = configuration?.member("PublicAccessCidrs") {
                guard sources.elements.contains(where: { $0.known.stringValue.map(IngressOpening.isWorld) == true }) else { return nil }
                location = sources
            }
            return cluster.violation(at: location, message: "\(cluster.address) exposes its API endpoint to the whole internet.", detail: name)
        }
    }
}

/// An EKS API endpoint reachable from the whole internet (the provider's default).
struct EKSPublicEndpointRule: Rule {
    let description = RuleDescription(
        id: "AWS-EKS-PUBLIC-ENDPOINT", title: "EKS API endpoint is open to the internet", severity: .high, cwe: 284,
        checklist: "Network exposure › Control planes are not reachable from the internet",
        rationale: "By default the cluster API accepts connections from `0.0.0.0/0`; its authentication is then the only barrier, and API server vulnerabilities are exposed to the world. High.",
        recommendation: "Set `endpoint_public_access = false` (with `endpoint_private_access = true`), or restrict `public_access_cidrs` to known ranges.",
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "aws_eks_cluster").compactMap { cluster in
            let vpc = cluster.settings.blocks("vpc_config").first
            if let publicAccess = vpc?.value("endpoint_public_access"), publicAccess.boolValue != true { return nil }
            var line = vpc?.line ?? cluster.line
            if let cidrs = vpc?.attribute("public_access_cidrs") {
                let sources = module.evaluate(cidrs.expression).listElements
                guard sources.contains(where: { $0.stringValue.map(IngressOpening.isWorld) == true }) else { return nil }
                line = cidrs.line
            }
            return cluster.violation(line: line, message: "\(cluster.address) exposes its API endpoint to the whole internet.", detail: "vpc_config")
        }
    }
}

extension RegistryModuleModel {
    /// `terraform-aws-modules/eks/aws`, modelled on v21.19.0 and the v18–v20 releases: the
    /// cluster's endpoint is public when `endpoint_public_access` (v21) or
    /// `cluster_endpoint_public_access` (up to v20) is true (the default in v18, false since
    /// v19), open to `…_public_access_cidrs` (`0.0.0.0/0` by default in every release). Without a
    /// version either spelling is read, since Terraform rejects the one the release lacks. A
    /// finding on the default CIDRs is reported at the input that made the endpoint public (the
    /// trailing comment names it: the model's `var.` references on a line say where it reports).
    static let awsEKS = RegistryModuleModel(
        module: "terraform-aws-modules/eks/aws", release: "v21.19.0", majors: 18...21,
        rules: ["AWS-EKS-PUBLIC-ENDPOINT"],
        text: { submodule, major in
            guard submodule.isEmpty else { return nil }
            let prefix = major.map { $0 < 21 } ?? false ? "cluster_" : ""
            let publicByDefault = major == 18
            let eitherSpelling = major == nil
            return """
            variable "create" { default = true }
            variable "\(prefix)name" { default = null }
            variable "\(prefix)endpoint_public_access" { default = \(eitherSpelling ? "null" : String(publicByDefault)) }
            variable "\(prefix)endpoint_public_access_cidrs" { default = \(eitherSpelling ? "null" : "[\"0.0.0.0/0\"]") }
            \(eitherSpelling ? "variable \"cluster_endpoint_public_access\" { default = false }" : "")
            \(eitherSpelling ? "variable \"cluster_endpoint_public_access_cidrs\" { default = [\"0.0.0.0/0\"] }" : "")

            resource "aws_eks_cluster" "this" {
              count = var.create ? 1 : 0
              name  = var.\(prefix)name

              vpc_config {
                endpoint_public_access = \(eitherSpelling ? "var.endpoint_public_access != null ? var.endpoint_public_access : var.cluster_endpoint_public_access" : "var.\(prefix)endpoint_public_access")
                public_access_cidrs    = \(eitherSpelling ? "var.endpoint_public_access_cidrs != null ? var.endpoint_public_access_cidrs : var.cluster_endpoint_public_access_cidrs" : "var.\(prefix)endpoint_public_access_cidrs") # else at var.endpoint_public_access var.cluster_endpoint_public_access
              }
            }
            """
        })
}

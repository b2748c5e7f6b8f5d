extension RegistryModuleModel {
    /// `terraform-aws-modules/iam/aws//modules/iam-policy`, modelled on v5.60.0 and v6: an
    /// `aws_iam_policy` with the caller's `policy` document unless `create_policy` (v5) or
    /// `create` (v6) is false. The other submodules are not modelled.
    static let awsIAM = RegistryModuleModel(
        module: "terraform-aws-modules/iam/aws", release: "v5.60.0", majors: 4...6,
        rules: ["AWS-IAM-WILDCARD", "AWS-IAM-PASSROLE-WILDCARD"],
        text: { submodule, _ in
            guard submodule == "modules/iam-policy" else { return nil }
            return """
            variable "create" { default = true }
            variable "create_policy" { default = true }
            variable "name" { default = null }
            variable "policy" { default = "" }

            resource "aws_iam_policy" "policy" {
              count  = var.create && var.create_policy ? 1 : 0
              name   = var.name
              policy = var.policy
            }
            """
        })
}

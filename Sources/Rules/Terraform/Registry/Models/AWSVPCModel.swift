extension RegistryModuleModel {
    /// `terraform-aws-modules/vpc/aws`, modelled on v6.6.0 (the same inputs since v3): one `aws_vpc`
    /// unless `create_vpc = false`, and a flow log only with `enable_flow_log = true` (false by
    /// default). `vpc_id` is an output, so a caller's `aws_flow_log` on `module.vpc.vpc_id` counts.
    static let awsVPC = RegistryModuleModel(
        module: "terraform-aws-modules/vpc/aws", release: "v6.6.0", majors: 3...6,
        rules: ["AWS-VPC-NO-FLOW-LOGS"],
        text: { submodule, _ in
            guard submodule.isEmpty else { return nil }
            return """
            variable "create_vpc" { default = true }
            variable "cidr" { default = "10.0.0.0/16" }
            variable "enable_flow_log" { default = false }
            variable "flow_log_traffic_type" { default = "ALL" }

            resource "aws_vpc" "this" {
              count      = var.create_vpc ? 1 : 0
              cidr_block = var.cidr
            }

            resource "aws_flow_log" "this" {
              count        = var.create_vpc && var.enable_flow_log ? 1 : 0
              vpc_id       = aws_vpc.this[0].id
              traffic_type = var.flow_log_traffic_type
            }

            output "vpc_id" {
              value = aws_vpc.this[0].id
            }
            """
        })
}

/// Use of the account's default VPC.
struct DefaultVPCRule: Rule {
    let description = RuleDescription(
        id: "AWS-DEFAULT-VPC", title: "Default VPC is used", severity: .low, cwe: 1188,
        checklist: "Network exposure › Workloads run in purpose-built networks",
        rationale: "The default VPC has only public subnets that assign public addresses, and a default security group shared by everything in it. Low: a weak baseline rather than an exposure by itself.",
        recommendation: "Create a dedicated `aws_vpc` with private subnets for workloads.",
        triggering: [
            """
            ↓resource "aws_default_vpc" "default" {
              tags = { Name = "default" }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "aws_default_vpc").map {
            $0.violation(message: "\($0.address) manages the default VPC; use a dedicated VPC.", detail: "default_vpc")
        }
    }
}

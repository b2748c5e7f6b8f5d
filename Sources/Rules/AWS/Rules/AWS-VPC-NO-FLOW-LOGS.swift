/// VPCs of the module that no flow log of the module records.
struct VPCFlowLogsRule: Rule {
    let description = RuleDescription(
        id: "AWS-VPC-NO-FLOW-LOGS", title: "VPC has no flow logs", severity: .medium, cwe: 778,
        checklist: "Logging › Network traffic is logged",
        rationale: "Flow logs are the record of which addresses talked to which; without them lateral movement and exfiltration cannot be investigated. Medium: a detection gap.",
        recommendation: "Add an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id`. In CloudFormation, add an `AWS::EC2::FlowLog` with `ResourceId: !Ref <the VPC>` and `ResourceType: VPC`.",
        equivalents: [.checkov("CKV2_AWS_11"), .trivy("AVD-AWS-0178")],
        triggering: [
            """
            ↓resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            """,
            .template("""
            Resources:
            ↓  Main:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
            """),
            """
            ↓module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "~> 5.0"
              cidr    = "10.0.0.0/16"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            resource "aws_flow_log" "main" {
              vpc_id          = aws_vpc.main.id
              traffic_type    = "ALL"
              log_destination = aws_cloudwatch_log_group.flow.arn
            }
            """,
            .template("""
            Resources:
              Main:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              MainFlowLog:
                Type: AWS::EC2::FlowLog
                Properties:
                  ResourceId: !Ref Main
                  ResourceType: VPC
                  TrafficType: ALL
                  LogDestination: !GetAtt FlowLogs.Arn
            """),
            """
            module "vpc" {
              source          = "terraform-aws-modules/vpc/aws"
              cidr            = "10.0.0.0/16"
              enable_flow_log = true
            }
            """,
            """
            module "vpc" {
              source = "terraform-aws-modules/vpc/aws"
              cidr   = "10.0.0.0/16"
            }
            resource "aws_flow_log" "vpc" {
              vpc_id          = module.vpc.vpc_id
              traffic_type    = "ALL"
              log_destination = aws_s3_bucket.flow_logs.arn
            }
            """,
        ])

    /// A VPC counts as recorded when a flow log of the module or template refers to it; a flow
    /// log whose target cannot be resolved may record any of them, so then none is reported.
    func check(_ resources: AWSResources) -> [Violation] {
        var recorded = Set<String>()
        for flowLog in resources.ofType("AWS::EC2::FlowLog") {
            guard let target = flowLog.setting(flowLog.isTerraform ? "vpc_id" : "ResourceId") else { continue }
            guard let vpcs = resources.referenced(by: target, ofType: ["AWS::EC2::VPC"]), !target.references.isEmpty else { return [] }
            recorded.formUnion(vpcs.map(\.address))
        }
        return resources.ofType("AWS::EC2::VPC").filter { !recorded.contains($0.address) }.map { vpc in
            vpc.isTerraform
                ? vpc.violation(message: "\(vpc.address) has no `aws_flow_log` in the module.", detail: "flow_log")
                : vpc.violation(message: "\(vpc.address) has no `AWS::EC2::FlowLog` in the template.", detail: "FlowLog")
        }
    }
}

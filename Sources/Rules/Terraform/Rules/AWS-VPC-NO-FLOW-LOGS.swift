/// VPCs of the module that no flow log of the module records.
struct VPCFlowLogsRule: Rule {
    let description = RuleDescription(
        id: "AWS-VPC-NO-FLOW-LOGS", title: "VPC has no flow logs", severity: .medium, cwe: 778,
        checklist: "Logging › Network traffic is logged",
        rationale: "Flow logs are the record of which addresses talked to which; without them lateral movement and exfiltration cannot be investigated. Medium: a detection gap.",
        recommendation: "Add an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id`.",
        equivalents: [.checkov("CKV2_AWS_11")],
        triggering: [
            """
            ↓resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        let flowLogs = module.resources(ofType: "aws_flow_log")
        var recorded = Set<String>()
        for flowLog in flowLogs {
            guard let vpc = flowLog.settings.attribute("vpc_id"), let target = module.referencedResource(vpc.expression) else {
                // A flow log whose VPC cannot be resolved may record any of them.
                if flowLog.settings.attribute("vpc_id") != nil { return [] }
                continue
            }
            recorded.insert(target.address)
        }
        return module.resources(ofType: "aws_vpc").filter { !recorded.contains($0.address) }.map {
            $0.violation(message: "\($0.address) has no `aws_flow_log` in the module.", detail: "flow_log")
        }
    }
}

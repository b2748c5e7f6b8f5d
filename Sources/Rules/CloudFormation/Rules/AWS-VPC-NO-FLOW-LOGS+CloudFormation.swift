/// VPCs of the template that no flow log of the template records.
struct CloudFormationFlowLogsRule: Rule {
    let description = VPCFlowLogsRule().description.adding(CloudFormationDocumentation(
        fix: "add an `AWS::EC2::FlowLog` with `ResourceId: !Ref <the VPC>` and `ResourceType: VPC`.",
        triggering: [
            .template("""
            Resources:
            ↓  Main:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
            """),
        ],
        nonTriggering: [
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
        ]))

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        var recorded = Set<String>()
        for flowLog in template.resources(ofType: ["AWS::EC2::FlowLog"]) {
            guard let target = flowLog.property(["ResourceId"])?.value else { continue }
            guard case .intrinsic("Ref", let argument) = target.kind, let logicalID = argument.string else {
                // A flow log whose VPC is not a resource of the template may record any of them.
                return []
            }
            recorded.insert(logicalID)
        }
        return template.resources(ofType: ["AWS::EC2::VPC"]).filter { !recorded.contains($0.logicalID) }.map { vpc in
            vpc.violation(message: "\(vpc.logicalID) has no `AWS::EC2::FlowLog` in the template.", property: "FlowLog")
        }
    }
}

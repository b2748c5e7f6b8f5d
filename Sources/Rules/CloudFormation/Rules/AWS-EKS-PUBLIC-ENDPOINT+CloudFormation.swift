/// EKS API endpoints reachable from the whole internet (CloudFormation's default).
struct CloudFormationEKSEndpointRule: Rule {
    let description = EKSPublicEndpointRule().description.adding(CloudFormationDocumentation(
        fix: "set `ResourcesVpcConfig.EndpointPublicAccess: false` (with `EndpointPrivateAccess: true`), or restrict `PublicAccessCidrs` to known ranges.",
        triggering: [
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
        ],
        nonTriggering: [
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
        ]))

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        template.resources(ofType: ["AWS::EKS::Cluster"]).compactMap { cluster in
            let configuration = cluster.property(["ResourcesVpcConfig"])
            if configuration?.value.isIntrinsic == true { return nil }
            if let publicAccess = configuration?.value.member("EndpointPublicAccess"), publicAccess.value.known.boolValue != true { return nil }
            var line = configuration?.keyLine ?? cluster.line
            if let cidrs = configuration?.value.member("PublicAccessCidrs") {
                let sources = cidrs.value.isIntrinsic ? [] : cidrs.value.elements
                guard sources.contains(where: { $0.string.map(IngressOpening.isWorld) == true }) else { return nil }
                line = cidrs.keyLine
            }
            return cluster.violation(line: line, message: "\(cluster.logicalID) exposes its API endpoint to the whole internet.",
                                     property: "ResourcesVpcConfig")
        }
    }
}

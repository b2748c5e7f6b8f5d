extension CloudFormationPropertyRule {
    static let openSearchPublic = CloudFormationPropertyRule(
        sharing: OpenSearchPublicRule().description,
        documentation: CloudFormationDocumentation(
            fix: "add `VPCOptions` with `SubnetIds` and `SecurityGroupIds`.",
            triggering: [
                .template("""
                Resources:
                ↓  Logs:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      EngineVersion: OpenSearch_2.11
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Logs:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      EngineVersion: OpenSearch_2.11
                      VPCOptions:
                        SubnetIds: [!Ref PrivateSubnet]
                        SecurityGroupIds: [!Ref LogsGroup]
                """),
            ]),
        resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], property: ["VPCOptions"],
        expectation: .present, problem: "has a public endpoint")
}

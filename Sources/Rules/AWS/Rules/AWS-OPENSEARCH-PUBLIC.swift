extension AWSSettingRule {
    /// OpenSearch (Elasticsearch) domains outside a VPC, whose endpoint is public.
    static let openSearchPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-OPENSEARCH-PUBLIC", title: "OpenSearch domain has a public endpoint", severity: .high, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "A domain without `vpc_options` gets an internet-facing endpoint guarded only by its access policy; misconfigured policies on such domains are a classic source of mass data leaks. High.",
            recommendation: "Add `vpc_options { subnet_ids = …, security_group_ids = … }` to place the domain in a VPC. In CloudFormation, add `VPCOptions` with `SubnetIds` and `SecurityGroupIds`.",
            equivalents: [.checkov("CKV_AWS_137")],
            triggering: [
                """
                ↓resource "aws_opensearch_domain" "logs" {
                  domain_name    = "logs"
                  engine_version = "OpenSearch_2.11"
                }
                """,
                .template("""
                Resources:
                ↓  Logs:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      EngineVersion: OpenSearch_2.11
                """),
            ],
            nonTriggering: [
                """
                resource "aws_opensearch_domain" "logs" {
                  domain_name = "logs"
                  vpc_options {
                    subnet_ids         = var.private_subnets
                    security_group_ids = [aws_security_group.logs.id]
                  }
                }
                """,
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
        types: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], terraform: ["vpc_options"], cloudFormation: ["VPCOptions"],
        expectation: .present, whenMissing: "the domain is not placed in a VPC", problem: "has a public endpoint")
}

/// OpenSearch (Elasticsearch) domains outside a VPC, whose endpoint is public.
struct OpenSearchPublicRule: Rule {
    let description = RuleDescription(
        id: "AWS-OPENSEARCH-PUBLIC", title: "OpenSearch domain has a public endpoint", severity: .high, cwe: 284,
        checklist: "Network exposure › Databases are not reachable from the internet",
        rationale: "A domain without `vpc_options` gets an internet-facing endpoint guarded only by its access policy; misconfigured policies on such domains are a classic source of mass data leaks. High.",
        recommendation: "Add `vpc_options { subnet_ids = …, security_group_ids = … }` to place the domain in a VPC.",
        triggering: [
            """
            ↓resource "aws_opensearch_domain" "logs" {
              domain_name    = "logs"
              engine_version = "OpenSearch_2.11"
            }
            """,
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["aws_opensearch_domain", "aws_elasticsearch_domain"].flatMap(module.resources(ofType:))
            .filter { $0.settings.blocks("vpc_options").isEmpty }
            .map { $0.violation(message: "\($0.address) has no `vpc_options`, so its endpoint is public.", detail: "vpc_options") }
    }
}

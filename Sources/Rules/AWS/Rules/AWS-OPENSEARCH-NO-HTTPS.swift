extension AWSSettingRule {
    static let opensearchNoHttps = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-OPENSEARCH-NO-HTTPS", title: "OpenSearch domain accepts plain HTTP", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without `enforce_https`, clients may send queries, credentials and results in plain text. Medium.",
            recommendation: "Add `domain_endpoint_options { enforce_https = true }` (CloudFormation: `DomainEndpointOptions: {EnforceHTTPS: true}`).",
            equivalents: [.checkov("CKV_AWS_83")],
            triggering: [
                """
                ↓resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                }
                """,
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  domain_endpoint_options {
                ↓    enforce_https = false
                  }
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: logs
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: logs
                      DomainEndpointOptions:
                ↓        EnforceHTTPS: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  domain_endpoint_options {
                    enforce_https = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: logs
                      DomainEndpointOptions:
                        EnforceHTTPS: true
                """),
            ]),
        types: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], terraform: ["domain_endpoint_options.enforce_https"], cloudFormation: ["DomainEndpointOptions.EnforceHTTPS"],
        expectation: .oneOf([.bool(true)]), whenMissing: "plain HTTP is accepted by default",
        problem: "accepts plain HTTP")
}

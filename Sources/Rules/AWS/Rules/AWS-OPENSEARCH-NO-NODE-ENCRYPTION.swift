extension AWSSettingRule {
    static let opensearchNoNodeEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-OPENSEARCH-NO-NODE-ENCRYPTION", title: "OpenSearch nodes talk to each other in plain text", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without node-to-node encryption, shard replication and queries between nodes cross the VPC in plain text. Medium: needs a network position.",
            recommendation: "Add `node_to_node_encryption { enabled = true }` (CloudFormation: `NodeToNodeEncryptionOptions: {Enabled: true}`).",
            equivalents: [.checkov("CKV_AWS_6")],
            triggering: [
                """
                ↓resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                }
                """,
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  node_to_node_encryption {
                ↓    enabled = false
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
                      NodeToNodeEncryptionOptions:
                ↓        Enabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  node_to_node_encryption {
                    enabled = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::OpenSearchService::Domain
                    Properties:
                      DomainName: logs
                      NodeToNodeEncryptionOptions:
                        Enabled: true
                """),
            ]),
        types: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], terraform: ["node_to_node_encryption.enabled"], cloudFormation: ["NodeToNodeEncryptionOptions.Enabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is plain text",
        problem: "replicates data in plain text")
}

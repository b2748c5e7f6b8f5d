extension AWSSettingRule {
    static let opensearchUnencrypted = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-OPENSEARCH-UNENCRYPTED", title: "OpenSearch domain is not encrypted at rest", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Indices, logs and snapshots of an unencrypted domain are readable by whoever gets the disks or a snapshot; search clusters often index logs with personal data. High.",
            recommendation: "Add `encrypt_at_rest { enabled = true }` (CloudFormation: `EncryptionAtRestOptions: {Enabled: true}`).",
            equivalents: [.checkov("CKV_AWS_5")],
            triggering: [
                """
                ↓resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                }
                """,
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  encrypt_at_rest {
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
                      EncryptionAtRestOptions:
                ↓        Enabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_opensearch_domain" "main" {
                  domain_name = "logs"
                  encrypt_at_rest {
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
                      EncryptionAtRestOptions:
                        Enabled: true
                """),
            ]),
        types: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"], terraform: ["encrypt_at_rest.enabled"], cloudFormation: ["EncryptionAtRestOptions.Enabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is unencrypted",
        problem: "stores indices unencrypted")
}

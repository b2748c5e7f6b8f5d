/// OpenSearch and Elasticsearch domains that publish no audit log: no `log_publishing_options`
/// block of type `AUDIT_LOGS` left enabled (CloudFormation: `LogPublishingOptions.AUDIT_LOGS`).
struct OpenSearchNoAuditLogsRule: Rule {
    let description = RuleDescription(
        id: "AWS-OPENSEARCH-NO-AUDIT-LOGS", title: "OpenSearch domain publishes no audit logs", severity: .low, cwe: 778,
        checklist: "Logging › Access to sensitive data is logged",
        rationale: "Audit logs record who authenticated and which indices and documents they read or changed; without them a leak through a stolen credential cannot be scoped. Error and slow logs do not say who did what. Low: detection and investigation. Audit logs need fine-grained access control (`advanced_security_options`), which the domain should have anyway.",
        recommendation: "Add `log_publishing_options { log_type = \"AUDIT_LOGS\", cloudwatch_log_group_arn = … }` and enable fine-grained access control. In CloudFormation, set `LogPublishingOptions.AUDIT_LOGS: {Enabled: true, CloudWatchLogsLogGroupArn: …}`.",
        equivalents: [.checkov("CKV_AWS_317"), .trivy("AVD-AWS-0042")],
        triggering: [
            """
            resource "aws_opensearch_domain" "search" {
              domain_name = "search"
            ↓  log_publishing_options {
                log_type                 = "INDEX_SLOW_LOGS"
                cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
              }
            }
            """,
            """
            resource "aws_elasticsearch_domain" "search" {
              domain_name = "search"
              log_publishing_options {
                log_type                 = "AUDIT_LOGS"
                cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
            ↓    enabled                  = false
              }
            }
            """,
            .template("""
            Resources:
            ↓  Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  EngineVersion: OpenSearch_2.11
            """),
            .template("""
            Resources:
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  EngineVersion: OpenSearch_2.11
                  LogPublishingOptions:
                    AUDIT_LOGS:
                      CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn
            ↓          Enabled: false
            """),
        ],
        nonTriggering: [
            """
            resource "aws_opensearch_domain" "search" {
              domain_name = "search"
              advanced_security_options {
                enabled                        = true
                internal_user_database_enabled = false
              }
              log_publishing_options {
                log_type                 = "INDEX_SLOW_LOGS"
                cloudwatch_log_group_arn = aws_cloudwatch_log_group.slow.arn
              }
              log_publishing_options {
                log_type                 = "AUDIT_LOGS"
                cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
              }
            }
            """,
            .template("""
            Resources:
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  EngineVersion: OpenSearch_2.11
                  AdvancedSecurityOptions:
                    Enabled: true
                  LogPublishingOptions:
                    AUDIT_LOGS:
                      CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn
                      Enabled: true
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain").compactMap { domain in
            let name = domain.isTerraform ? "log_publishing_options" : "LogPublishingOptions"
            guard let options = domain.setting(name) else {
                return domain.violation(message: "\(domain.address) publishes no audit logs: `\(name)` is not set.", detail: "AUDIT_LOGS")
            }
            let audit: AWSValue?
            if domain.isTerraform {
                // Repeated blocks, one per log type; `enabled` defaults to true.
                let types = options.elements.map { $0.member("log_type")?.known }
                guard types.allSatisfy({ $0?.isKnown == true }) else { return nil }
                audit = options.elements.first { $0.member("log_type")?.known.stringValue == "AUDIT_LOGS" }
            } else {
                guard case .object = options.content else { return nil }
                audit = options.member("AUDIT_LOGS")
            }
            guard let audit else {
                return domain.violation(at: options, message: "\(domain.address) publishes no audit logs: no `AUDIT_LOGS` option.", detail: "AUDIT_LOGS")
            }
            guard let enabled = audit.member("enabled"), enabled.isKnown, enabled.known.boolValue == false else { return nil }
            return domain.violation(at: enabled, message: "\(domain.address) turns its `AUDIT_LOGS` option off.", detail: "AUDIT_LOGS")
        }
    }
}

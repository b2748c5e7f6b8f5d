/// DocumentDB cluster parameter groups that turn TLS off. TLS is on by default (`enabled`), and
/// the other values (`tls1.2+`, `tls1.3+`, `fips-140-3`) only narrow it.
struct DocDBNoTLSRule: Rule {
    let description = RuleDescription(
        id: "AWS-DOCDB-NO-TLS", title: "DocumentDB parameter group turns TLS off", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "With `tls = disabled` every cluster using the group accepts only unencrypted connections: credentials and documents cross the VPC in plain text. Medium: it needs a network position inside the VPC.",
        recommendation: "Remove the `tls` parameter or set it to `enabled` (or `tls1.2+`, `tls1.3+`, `fips-140-3`), in Terraform's `parameter` blocks or CloudFormation's `Parameters`.",
        equivalents: [.checkov("CKV_AWS_90")],
        triggering: [
            """
            resource "aws_docdb_cluster_parameter_group" "main" {
              family = "docdb5.0"
              name   = "orders"
              parameter {
                name  = "tls"
            ↓    value = "disabled"
              }
            }
            """,
            .template("""
            Resources:
              Parameters:
                Type: AWS::DocDB::DBClusterParameterGroup
                Properties:
                  Family: docdb5.0
                  Description: orders
                  Parameters:
            ↓        tls: disabled
            """),
        ],
        nonTriggering: [
            """
            resource "aws_docdb_cluster_parameter_group" "main" {
              family = "docdb5.0"
              name   = "orders"
              parameter {
                name  = "tls"
                value = "tls1.2+"
              }
            }
            """,
            """
            resource "aws_docdb_cluster_parameter_group" "main" {
              family = "docdb5.0"
              name   = "orders"
              parameter {
                name  = "audit_logs"
                value = "enabled"
              }
            }
            """,
            .template("""
            Resources:
              Parameters:
                Type: AWS::DocDB::DBClusterParameterGroup
                Properties:
                  Family: docdb5.0
                  Description: orders
                  Parameters:
                    tls: enabled
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::DocDB::DBClusterParameterGroup").compactMap { group in
            guard case .set(let setting) = AWSParameterGroup.value(of: "tls", in: group),
                  setting.known.stringValue?.lowercased() == "disabled" else { return nil }
            return group.violation(at: setting, message: "\(group.address) sets `tls` to `disabled`: clusters using it accept only plain-text connections.",
                                   detail: "tls")
        }
    }
}

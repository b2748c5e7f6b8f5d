/// Redshift parameter groups that do not require TLS. Clusters on the default group are not
/// judged: AWS's own group is not written in the code and cannot be changed.
struct RedshiftNoSSLRule: Rule {
    let description = RuleDescription(
        id: "AWS-REDSHIFT-NO-SSL", title: "Redshift parameter group does not require TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "Unless `require_ssl` is `true`, a cluster accepts connections with or without TLS, and clients that do not ask for it (many BI tools and drivers by default) send credentials and query results in clear text. Medium: it needs a network position between client and cluster.",
        recommendation: "Add `parameter { name = \"require_ssl\", value = \"true\" }` to the `aws_redshift_parameter_group`. In CloudFormation, add `{ParameterName: require_ssl, ParameterValue: \"true\"}` to the group's `Parameters`.",
        equivalents: [.checkov("CKV_AWS_105")],
        triggering: [
            """
            ↓resource "aws_redshift_parameter_group" "warehouse" {
              name   = "warehouse"
              family = "redshift-1.0"
              parameter {
                name  = "enable_user_activity_logging"
                value = "true"
              }
            }
            """,
            """
            resource "aws_redshift_parameter_group" "warehouse" {
              name   = "warehouse"
              family = "redshift-1.0"
              parameter {
                name  = "require_ssl"
            ↓    value = "false"
              }
            }
            """,
            .template("""
            Resources:
            ↓  Warehouse:
                Type: AWS::Redshift::ClusterParameterGroup
                Properties:
                  Description: warehouse
                  ParameterGroupFamily: redshift-1.0
                  Parameters:
                    - ParameterName: enable_user_activity_logging
                      ParameterValue: "true"
            """),
            .template("""
            Resources:
              Warehouse:
                Type: AWS::Redshift::ClusterParameterGroup
                Properties:
                  Description: warehouse
                  ParameterGroupFamily: redshift-1.0
                  Parameters:
                    - ParameterName: require_ssl
            ↓          ParameterValue: "false"
            """),
        ],
        nonTriggering: [
            """
            resource "aws_redshift_parameter_group" "warehouse" {
              name   = "warehouse"
              family = "redshift-1.0"
              parameter {
                name  = "require_ssl"
                value = "true"
              }
            }
            """,
            .template("""
            Resources:
              Warehouse:
                Type: AWS::Redshift::ClusterParameterGroup
                Properties:
                  Description: warehouse
                  ParameterGroupFamily: redshift-1.0
                  Parameters:
                    - ParameterName: require_ssl
                      ParameterValue: "true"
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::Redshift::ClusterParameterGroup").compactMap { group in
            switch AWSParameterGroup.value(of: "require_ssl", in: group) {
            case .unknown:
                return nil
            case .missing:
                return group.violation(message: "\(group.address) does not set `require_ssl`, so its clusters accept connections without TLS.",
                                       detail: "require_ssl")
            case .set(let setting):
                guard let text = setting.known.stringValue, text.lowercased() != "true" else { return nil }
                return group.violation(at: setting, message: "\(group.address) sets `require_ssl` to `\(text)`.", detail: "require_ssl")
            }
        }
    }
}

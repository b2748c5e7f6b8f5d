import InfragateParsers

/// PostgreSQL and MySQL parameter groups that do not require encrypted connections.
struct RDSForceSSLRule: Rule {
    let description = RuleDescription(
        id: "AWS-RDS-NO-FORCE-SSL", title: "Database parameter group does not require TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "Unless the server requires TLS, clients may connect in clear text and send credentials and data unencrypted. Medium: it needs a network position inside the VPC to exploit.",
        recommendation: "Add `parameter { name = \"rds.force_ssl\", value = \"1\" }` (PostgreSQL) or `require_secure_transport = \"ON\"` (MySQL/MariaDB). In CloudFormation, set `rds.force_ssl: 1` (PostgreSQL) or `require_secure_transport: \"ON\"` (MySQL/MariaDB) in the group's `Parameters`.",
        triggering: [
            """
            ↓resource "aws_db_parameter_group" "pg" {
              family = "postgres16"
              parameter {
                name  = "log_connections"
                value = "1"
              }
            }
            """,
            """
            resource "aws_db_parameter_group" "mysql" {
              family = "mysql8.0"
              parameter {
                name  = "require_secure_transport"
            ↓    value = "OFF"
              }
            }
            """,
            .template("""
            Resources:
            ↓  Postgres:
                Type: AWS::RDS::DBParameterGroup
                Properties:
                  Family: postgres16
                  Description: app
                  Parameters:
                    log_connections: 1
            """),
            .template("""
            Resources:
              Aurora:
                Type: AWS::RDS::DBClusterParameterGroup
                Properties:
                  Family: aurora-mysql8.0
                  Description: app
                  Parameters:
            ↓        require_secure_transport: "OFF"
            """),
        ],
        nonTriggering: [
            """
            resource "aws_db_parameter_group" "pg" {
              family = "postgres16"
              parameter {
                name  = "rds.force_ssl"
                value = "1"
              }
            }
            """,
            .template("""
            Resources:
              Postgres:
                Type: AWS::RDS::DBParameterGroup
                Properties:
                  Family: postgres16
                  Description: app
                  Parameters:
                    rds.force_ssl: 1
            """),
        ])

    private static let enabledValues = ["1", "on", "true"]

    /// Terraform's `parameter { name, value }` blocks and CloudFormation's `Parameters` map.
    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup").compactMap { group in
            guard let family = group.setting(group.isTerraform ? "family" : "Family")?.known.stringValue?.lowercased(),
                  let parameter = Self.sslParameter(forFamily: family)
            else { return nil }
            let setting: AWSValue?
            if group.isTerraform {
                setting = group.setting("parameter")?.elements.first { $0.member("name")?.known.stringValue == parameter }?.member("value")
            } else {
                // An unknown `Parameters` (an intrinsic function) answers unknown for every parameter.
                setting = group.setting("Parameters")?.member(parameter)
            }
            guard let setting else {
                return group.violation(message: "\(group.address) does not set `\(parameter)`, so clients may connect without TLS.", detail: parameter)
            }
            guard let text = setting.known.stringValue?.lowercased(), !Self.enabledValues.contains(text) else { return nil }
            return group.violation(at: setting, message: "\(group.address) sets `\(parameter)` to `\(text)`.", detail: parameter)
        }
    }

    static func sslParameter(forFamily family: String) -> String? {
        if family.hasPrefix("postgres") || family.hasPrefix("aurora-postgresql") { return "rds.force_ssl" }
        if family.hasPrefix("mysql") || family.hasPrefix("mariadb") || family.hasPrefix("aurora-mysql") { return "require_secure_transport" }
        return nil
    }
}

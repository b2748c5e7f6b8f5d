import InfragateParsers

/// PostgreSQL and MySQL parameter groups that do not require encrypted connections.
struct RDSForceSSLRule: Rule {
    let description = RuleDescription(
        id: "AWS-RDS-NO-FORCE-SSL", title: "Database parameter group does not require TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "Unless the server requires TLS, clients may connect in clear text and send credentials and data unencrypted. Medium: it needs a network position inside the VPC to exploit.",
        recommendation: "Add `parameter { name = \"rds.force_ssl\", value = \"1\" }` (PostgreSQL) or `require_secure_transport = \"ON\"` (MySQL/MariaDB).",
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["aws_db_parameter_group", "aws_rds_cluster_parameter_group"].flatMap(module.resources(ofType:)).compactMap { group in
            guard let family = group.settings.value("family")?.stringValue?.lowercased(),
                  let parameter = Self.sslParameter(forFamily: family)
            else { return nil }
            guard let setting = group.settings.blocks("parameter").first(where: { $0.value("name")?.stringValue == parameter }) else {
                return group.violation(message: "\(group.address) does not set `\(parameter)`, so clients may connect without TLS.", detail: parameter)
            }
            let value = setting.value("value") ?? .unknown
            guard let text = value.stringValue?.lowercased(), !["1", "on", "true"].contains(text) else { return nil }
            return group.violation(line: setting.attribute("value")?.line, message: "\(group.address) sets `\(parameter)` to `\(text)`.", detail: parameter)
        }
    }

    static func sslParameter(forFamily family: String) -> String? {
        if family.hasPrefix("postgres") || family.hasPrefix("aurora-postgresql") { return "rds.force_ssl" }
        if family.hasPrefix("mysql") || family.hasPrefix("mariadb") || family.hasPrefix("aurora-mysql") { return "require_secure_transport" }
        return nil
    }
}

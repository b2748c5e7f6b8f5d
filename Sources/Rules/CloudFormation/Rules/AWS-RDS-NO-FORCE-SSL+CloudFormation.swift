/// Postgres and MySQL parameter groups that do not force TLS connections.
struct CloudFormationForceSSLRule: Rule {
    let description = RDSForceSSLRule().description.adding(CloudFormationDocumentation(
        fix: "set `rds.force_ssl: 1` (PostgreSQL) or `require_secure_transport: \"ON\"` (MySQL/MariaDB) in the group's `Parameters`.",
        triggering: [
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
        ]))

    private static let enabledValues = ["1", "on", "true"]

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        template.resources(ofType: ["AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup"]).compactMap { group in
            guard let family = group.property(["Family"])?.value.string?.lowercased(),
                  let parameter = RDSForceSSLRule.sslParameter(forFamily: family)
            else { return nil }
            if group.property(["Parameters"])?.value.isIntrinsic == true { return nil }
            guard let setting = group.property(["Parameters", parameter]) else {
                return group.violation(message: "\(group.logicalID) does not set `\(parameter)`, so clients may connect without TLS.", property: parameter)
            }
            guard let text = setting.value.known.stringValue?.lowercased(), !Self.enabledValues.contains(text) else { return nil }
            return group.violation(line: setting.keyLine, message: "\(group.logicalID) sets `\(parameter)` to `\(text)`.", property: parameter)
        }
    }
}

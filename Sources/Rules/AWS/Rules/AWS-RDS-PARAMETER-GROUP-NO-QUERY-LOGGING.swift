import InfragateParsers

/// PostgreSQL and MySQL/MariaDB parameter groups that log neither statements nor slow queries.
/// Only groups written in the code are judged: a database on AWS's default group cannot log
/// either, and has a group to add first. Aurora reads these parameters from the cluster's group
/// and the instances' groups alike, so one group of the same engine that logs covers the other.
struct RDSQueryLoggingRule: Rule {
    let description = RuleDescription(
        id: "AWS-RDS-PARAMETER-GROUP-NO-QUERY-LOGGING", title: "Database parameter group logs neither statements nor slow queries", severity: .low, cwe: 778,
        checklist: "Logging › Database audit and slow-query logging",
        rationale: "PostgreSQL logs no statements by default (`log_statement = none`, `log_min_duration_statement = -1`) and MySQL no slow queries (`slow_query_log = 0`): after a breach nobody can tell which data was read or changed, and abuse such as mass extraction leaves no trace. Low: CloudTrail still records control-plane actions. Statement logs can hold literal values, so export them to an encrypted log group with restricted access.",
        recommendation: "PostgreSQL: add `parameter { name = \"log_statement\", value = \"ddl\" }` (or `mod`/`all`), `log_min_duration_statement` (milliseconds, e.g. `1000`) or `pgaudit.log`. MySQL/MariaDB: `slow_query_log = 1` (with `long_query_time`), or `server_audit_logging = 1` on Aurora MySQL. In CloudFormation, set them in the group's `Parameters`. Export the logs with `enabled_cloudwatch_logs_exports`.",
        equivalents: [.checkov("CKV2_AWS_30"), .checkov("CKV2_AWS_27")],
        triggering: [
            """
            ↓resource "aws_db_parameter_group" "app" {
              family = "postgres16"
              parameter {
                name  = "rds.force_ssl"
                value = "1"
              }
            }
            """,
            """
            resource "aws_db_parameter_group" "app" {
              family = "postgres16"
              parameter {
                name  = "log_statement"
            ↓    value = "none"
              }
            }
            """,
            """
            ↓resource "aws_rds_cluster_parameter_group" "app" {
              family = "aurora-mysql8.0"
              parameter {
                name  = "require_secure_transport"
                value = "ON"
              }
            }
            """,
            .template("""
            Resources:
            ↓  App:
                Type: AWS::RDS::DBParameterGroup
                Properties:
                  Family: mysql8.0
                  Description: app
                  Parameters:
                    require_secure_transport: "ON"
            """),
            .template("""
            Resources:
              App:
                Type: AWS::RDS::DBClusterParameterGroup
                Properties:
                  Family: aurora-postgresql16
                  Description: app
                  Parameters:
            ↓        log_min_duration_statement: -1
            """),
        ],
        nonTriggering: [
            """
            resource "aws_db_parameter_group" "app" {
              family = "postgres16"
              parameter {
                name  = "log_statement"
                value = "ddl"
              }
              parameter {
                name  = "log_min_duration_statement"
                value = "1000"
              }
            }
            """,
            """
            resource "aws_db_parameter_group" "app" {
              family = "mysql8.0"
              parameter {
                name  = "slow_query_log"
                value = "1"
              }
              parameter {
                name  = "long_query_time"
                value = "2"
              }
            }
            """,
            // Aurora: the instances' group logs, so the cluster's group need not repeat it.
            """
            resource "aws_rds_cluster_parameter_group" "app" {
              family = "aurora-postgresql16"
              parameter {
                name  = "rds.force_ssl"
                value = "1"
              }
            }
            resource "aws_db_parameter_group" "app" {
              family = "aurora-postgresql16"
              parameter {
                name  = "log_min_duration_statement"
                value = "500"
              }
            }
            """,
            // Oracle and SQL Server log through their own audit options, not these parameters.
            """
            resource "aws_db_parameter_group" "oracle" {
              family = "oracle-ee-19"
            }
            """,
            .template("""
            Resources:
              App:
                Type: AWS::RDS::DBClusterParameterGroup
                Properties:
                  Family: aurora-mysql8.0
                  Description: app
                  Parameters:
                    server_audit_logging: 1
                    server_audit_events: CONNECT,QUERY_DCL,QUERY_DDL
            """),
        ])

    private enum Engine {
        case postgres
        case mysql
    }

    func check(_ resources: AWSResources) -> [Violation] {
        let groups = resources.ofType("AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup").compactMap { group in
            Self.engine(of: group).map { (group: group, engine: $0, logging: Self.logging(in: group, engine: $0)) }
        }
        // Aurora groups that may log, by engine and group type (cluster or instance).
        var auroraLogging = Set<String>()
        for entry in groups where Self.isAurora(entry.group) && entry.logging.mayLog {
            auroraLogging.insert("\(entry.engine)|\(entry.group.type)")
        }
        return groups.compactMap { entry in
            guard case .off(let offending) = entry.logging else { return nil }
            let otherType = entry.group.type == "AWS::RDS::DBParameterGroup" ? "AWS::RDS::DBClusterParameterGroup" : "AWS::RDS::DBParameterGroup"
            guard !(Self.isAurora(entry.group) && auroraLogging.contains("\(entry.engine)|\(otherType)")) else { return nil }
            let parameters = entry.engine == .postgres ? "`log_statement`, `log_min_duration_statement` or `pgaudit.log`" : "`slow_query_log`, `general_log` or `server_audit_logging`"
            if let offending {
                return entry.group.violation(at: offending.value, message: "\(entry.group.address) sets `\(offending.name)` to \(AWSSettingRule.describe(offending.value.known)) and turns on none of \(parameters), so no query is logged.",
                                             detail: "query-logging")
            }
            return entry.group.violation(message: "\(entry.group.address) sets none of \(parameters), so no query is logged (the engine's default).",
                                         detail: "query-logging")
        }
    }

    private enum Logging {
        case on
        case unknown
        /// With the parameter that was written in its off value, if one was.
        case off((name: String, value: AWSValue)?)

        var mayLog: Bool {
            if case .off = self { return false }
            return true
        }
    }

    private static func engine(of group: AWSResource) -> Engine? {
        guard let family = AWSParameterGroup.family(of: group) else { return nil }
        if family.hasPrefix("postgres") || family.hasPrefix("aurora-postgresql") { return .postgres }
        if family.hasPrefix("mysql") || family.hasPrefix("mariadb") || family.hasPrefix("aurora-mysql") || family == "aurora5.6" { return .mysql }
        return nil
    }

    private static func isAurora(_ group: AWSResource) -> Bool {
        AWSParameterGroup.family(of: group)?.hasPrefix("aurora") ?? false
    }

    /// The parameters that turn logging on, and whether a value does.
    private static let switches: [Engine: [(name: String, isOn: @Sendable (HCLValue) -> Bool)]] = [
        .postgres: [
            ("log_statement", { ["ddl", "mod", "all"].contains($0.stringValue?.lowercased() ?? "") }),
            ("log_min_duration_statement", { ($0.numberValue ?? -1) >= 0 }),
            ("pgaudit.log", { !["", "none"].contains($0.stringValue?.lowercased() ?? "") }),
        ],
        .mysql: [
            ("slow_query_log", { ["1", "on", "true"].contains($0.stringValue?.lowercased() ?? "") }),
            ("general_log", { ["1", "on", "true"].contains($0.stringValue?.lowercased() ?? "") }),
            ("server_audit_logging", { ["1", "on", "true"].contains($0.stringValue?.lowercased() ?? "") }),
        ],
    ]

    private static func logging(in group: AWSResource, engine: Engine) -> Logging {
        var offending: (name: String, value: AWSValue)?
        var unknown = false
        for (name, isOn) in switches[engine] ?? [] {
            switch AWSParameterGroup.value(of: name, in: group) {
            case .missing:
                continue
            case .unknown:
                unknown = true
            case .set(let value):
                let known = value.known
                guard known.isKnown else {
                    unknown = true
                    continue
                }
                if isOn(known) { return .on }
                if offending == nil { offending = (name, value) }
            }
        }
        return unknown ? .unknown : .off(offending)
    }
}

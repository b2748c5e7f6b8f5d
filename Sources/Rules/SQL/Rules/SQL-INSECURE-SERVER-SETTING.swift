extension SQLStatementRule {
    static let insecureServerSetting = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-INSECURE-SERVER-SETTING", title: "Script turns a server's protection off", severity: .high, cwe: 693,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "`ALTER SYSTEM SET` (PostgreSQL, written to `postgresql.auto.conf`, which wins over `postgresql.conf`) and `SET GLOBAL`/`SET PERSIST` (MySQL) change the running server from a migration, out of sight of whoever reviews the configuration files: `ssl = off`, `password_encryption = md5`, TLS 1.0/1.1 as the minimum, `require_secure_transport = OFF`, `local_infile = ON`. High.",
            recommendation: "Keep server settings in the configuration files where they are reviewed, and set the secure value there (`ssl = on`, `password_encryption = scram-sha-256`, `require_secure_transport = ON`).",
            triggering: [
                example("↓ALTER SYSTEM SET ssl = off;\nSELECT pg_reload_conf();"),
                example("↓alter system set password_encryption to 'md5';"),
                example("↓SET PERSIST require_secure_transport = OFF;"),
                example("↓SET GLOBAL local_infile = 1;"),
            ],
            nonTriggering: [
                example("ALTER SYSTEM SET ssl = on;\nALTER SYSTEM SET password_encryption = 'scram-sha-256';\nSET GLOBAL require_secure_transport = ON;"),
                example("SET ssl_renegotiation_limit = 0;\nSET LOCAL statement_timeout = '5s';"),
            ]),
        problem: { statement in
            let isPostgres = statement.starts(with: "alter", "system", "set")
            let isMySQL = statement.starts(with: "set", "global") || statement.starts(with: "set", "persist")
            guard isPostgres || isMySQL else { return nil }
            let tokens = statement.tokens.dropFirst(isPostgres ? 3 : 2)
            guard let name = tokens.first?.text.lowercased().replacingOccurrences(of: "-", with: "_") else { return nil }
            let value = tokens.dropFirst().first { !($0.kind == .symbol && $0.text == "=") && !($0.kind == .word && $0.text == "to") }?.text.lowercased() ?? ""
            let off = ["off", "false", "no", "0"].contains(value)
            let why: String? = switch name {
            case "ssl" where off: "no connection can be encrypted"
            case "password_encryption" where value == "md5": "new passwords are stored as MD5 hashes"
            case "ssl_min_protocol_version" where ["tlsv1", "tlsv1.1"].contains(value): "clients may negotiate TLS 1.0 or 1.1"
            case "require_secure_transport" where off: "clients may connect without TLS"
            case "local_infile" where ["on", "1", "true"].contains(value): "clients may make the server read its own files"
            default: nil
            }
            guard let why else { return nil }
            return (statement.line, "`\(statement.tokens.prefix(isPostgres ? 3 : 2).map { $0.text.uppercased() }.joined(separator: " ")) \(name)` to `\(value)`: \(why).", "setting|\(name)")
        })
}

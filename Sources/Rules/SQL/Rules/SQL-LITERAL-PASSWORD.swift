extension SQLStatementRule {
    static let literalPassword = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-LITERAL-PASSWORD", title: "Migration sets a database password in clear text", severity: .high, cwe: 798,
            checklist: "Databases › No default passwords",
            rationale: "`CREATE ROLE … PASSWORD 'literal'`, `ALTER USER postgres PASSWORD '…'` and MySQL's `IDENTIFIED BY '…'` put the password in the repository's history for everyone who can read it, in every clone and backup, and usually in the server's statement log too. The value is never shown. A hash (`SCRAM-SHA-256$…`, `md5…`), `PASSWORD NULL`, psql variables (`:'password'`) and template placeholders (`${…}`, `{{…}}`) are not literals. High.",
            recommendation: "Set the password outside the migration: `\\password` in psql, a psql variable (`PASSWORD :'app_password'`) filled from a secret at deploy time, or the platform's secret manager.",
            triggering: [
                example("↓CREATE ROLE app LOGIN PASSWORD 'Summer2024!';"),
                example("↓ALTER USER postgres WITH ENCRYPTED PASSWORD 'postgres';"),
                example("↓CREATE USER 'app'@'%' IDENTIFIED BY 'app-secret-1';"),
                example("↓ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'toor';"),
            ],
            nonTriggering: [
                example("CREATE ROLE app LOGIN PASSWORD :'app_password';"),
                example("CREATE ROLE app LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy';\nCREATE ROLE ro LOGIN PASSWORD NULL;"),
                example("CREATE USER 'app'@'%' IDENTIFIED BY '${APP_PASSWORD}';"),
                example("CREATE USER 'app'@'%' IDENTIFIED WITH auth_socket;"),
            ]),
        problem: { statement in
            guard statement.isRoleDefinition else { return nil }
            let tokens = statement.tokens
            for (index, token) in tokens.enumerated() where token.kind == .word && (token.text == "password" || token.text == "by") {
                guard token.text == "password" || tokens[..<index].contains(where: { $0.kind == .word && $0.text == "identified" }) else { continue }
                // `PASSWORD :'name'` is a psql variable: the `:` comes between, so the next token is no string.
                guard index + 1 < tokens.count, tokens[index + 1].kind == .string else { continue }
                let value = tokens[index + 1].text
                guard !value.isEmpty, !isPlaceholderOrHash(value) else { continue }
                let role = statement.roleName.map { "`\($0)`" } ?? "a role"
                return (token.line, "\(tokens[0].text.uppercased()) sets a literal password for \(role).", "password|\(statement.roleName ?? "")")
            }
            return nil
        })

    private static func isPlaceholderOrHash(_ value: String) -> Bool {
        value.hasPrefix("SCRAM-SHA-256$") || value.hasPrefix("${") || value.hasPrefix("{{") || value.hasPrefix("$(")
            || value.count == 35 && value.hasPrefix("md5") && value.dropFirst(3).allSatisfy(\.isHexDigit)
            || value.hasPrefix("*") && value.count == 41
    }
}

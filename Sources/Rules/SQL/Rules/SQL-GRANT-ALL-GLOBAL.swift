extension SQLStatementRule {
    static let globalGrant = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-GRANT-ALL-GLOBAL", title: "Init script grants every privilege on every database", severity: .high, cwe: 250,
            checklist: "Databases › Database user has minimal privileges",
            rationale: "MySQL's `GRANT ALL [PRIVILEGES] ON *.* TO 'app'@'%'` makes the account an administrator of the whole server: every database, `FILE` (read and write server files), `SUPER`, `SHUTDOWN`, creating users; with `'%'` from any host. Init scripts (`docker-entrypoint-initdb.d`) copy it from tutorials. High.",
            recommendation: "Grant the application's own database only, and only what it uses: `GRANT SELECT, INSERT, UPDATE, DELETE ON app.* TO 'app'@'10.0.%'`.",
            triggering: [
                RuleExample("CREATE USER 'app'@'%' IDENTIFIED BY '${APP_PASSWORD}';\n↓GRANT ALL PRIVILEGES ON *.* TO 'app'@'%' WITH GRANT OPTION;", path: "docker-entrypoint-initdb.d/01-users.sql"),
                example("↓grant all on *.* to admin;"),
            ],
            nonTriggering: [
                example("GRANT ALL PRIVILEGES ON app.* TO 'app'@'10.0.%';\nGRANT SELECT ON *.* TO 'monitor'@'localhost';"),
            ]),
        problem: { statement in
            guard statement.starts(with: "grant"), let on = statement.index(of: "on"), statement.texts(after: "grant", until: ["on"]).first == "all" else { return nil }
            let target = statement.tokens[(on + 1)...].prefix(3).map(\.text)
            guard target == ["*", ".", "*"] else { return nil }
            let grantee = statement.index(of: "to").flatMap { $0 + 1 < statement.tokens.count ? statement.tokens[$0 + 1].text : nil } ?? ""
            let host = statement.index(of: "to").flatMap { to in
                to + 3 < statement.tokens.count && statement.tokens[to + 2].text == "@" ? statement.tokens[to + 3].text : nil
            }
            let from = host == "%" ? " from any host" : ""
            return (statement.line, "Grants every privilege on every database to `\(grantee)`\(from).", "global|\(grantee)")
        })
}

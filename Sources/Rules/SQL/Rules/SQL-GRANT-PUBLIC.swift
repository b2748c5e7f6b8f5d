extension SQLStatementRule {
    static let grantToPublic = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-GRANT-PUBLIC", title: "Migration grants write privileges or a role to every role", severity: .high, cwe: 732,
            checklist: "Databases › Database user has minimal privileges",
            rationale: "`PUBLIC` is every role of the cluster, present and future: `GRANT ALL … TO PUBLIC`, a grant on `ALL TABLES IN SCHEMA` or of `INSERT`, `UPDATE`, `DELETE`, `TRUNCATE` or `CREATE` to it lets any login (a reporting user, a leaked read-only credential) change or destroy the data. Read-only grants of single objects (`GRANT SELECT ON countries TO PUBLIC`) are a common, deliberate pattern and are not reported. High.",
            recommendation: "Grant to a named group role (`GRANT SELECT, INSERT ON orders TO app_writer`) and give that role to the users that need it.",
            triggering: [
                example("CREATE TABLE orders (id bigint PRIMARY KEY);\n↓GRANT ALL ON orders TO PUBLIC;"),
                example("↓GRANT SELECT ON ALL TABLES IN SCHEMA billing TO reporting, public;"),
                example("↓grant insert, update\n  on accounts to public;"),
                // Role membership: every login inherits what `pg_write_all_data` and `app_admin` hold.
                example("CREATE ROLE app_admin;\n↓GRANT pg_write_all_data, app_admin TO PUBLIC;"),
            ],
            nonTriggering: [
                example("GRANT SELECT, INSERT, UPDATE ON orders TO app_writer;\nGRANT SELECT ON countries TO PUBLIC;"),
                example("REVOKE ALL ON SCHEMA public FROM PUBLIC;\nGRANT USAGE ON SCHEMA public TO app;"),
                example("GRANT pg_read_all_data TO reporting;\nREVOKE app_admin FROM PUBLIC;"),
                example("-- GRANT ALL ON orders TO PUBLIC;\nCOMMENT ON TABLE orders IS 'GRANT ALL ON orders TO PUBLIC';"),
            ]),
        problem: { statement in
            guard statement.starts(with: "grant"), let to = statement.index(of: "to") else { return nil }
            let grantees = statement.tokens[(to + 1)...].prefix { !($0.kind == .word && ["with", "granted"].contains($0.text)) }
            guard grantees.contains(where: { $0.kind == .word && $0.text == "public" }) else { return nil }
            let privileges = statement.texts(after: "grant", until: ["on"])
            // No `ON`: the grant of roles, which makes PUBLIC (every role) a member of each.
            guard statement.contains(word: "on") else {
                let roles = String(statement.tokens.dropFirst().prefix { !($0.kind == .word && $0.text == "to") }
                    .filter { $0.kind != .symbol }.map(\.text).joined(separator: ", ").prefix(120))
                return (statement.line, "Grants the role(s) `\(roles)` to `PUBLIC`: every role of the cluster becomes a member.", "public|role|" + roles)
            }
            let writes: Set<String> = ["all", "insert", "update", "delete", "truncate", "create"]
            let onAll = statement.index(of: "on").map { statement.tokens.count > $0 + 1 && statement.tokens[$0 + 1].text == "all" } ?? false
            guard onAll || privileges.contains(where: writes.contains) else { return nil }
            let what = onAll ? "on every object of a schema" : privileges.filter(writes.contains).map { $0.uppercased() }.joined(separator: ", ")
            return (statement.line, "Grants \(what) to `PUBLIC`, every role of the cluster.", "public|" + statement.tokens.prefix(12).map(\.text).joined(separator: " "))
        })
}

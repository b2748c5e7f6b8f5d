extension SQLStatementRule {
    static let powerfulRole = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-ROLE-SUPERUSER", title: "Migration creates a role that bypasses every permission", severity: .high, cwe: 250,
            checklist: "Databases › Database user has minimal privileges (no SUPERUSER)",
            rationale: "`SUPERUSER` skips every permission check and can run programs on the server (`COPY … PROGRAM`); `BYPASSRLS` ignores every row-level security policy; `CREATEROLE` can create and grant itself any role but superuser. A role created or altered with one of them in a migration is the application's own login in most cases: one SQL injection then owns the cluster. High.",
            recommendation: "Create the application role with `NOSUPERUSER NOBYPASSRLS NOCREATEROLE` (the defaults) and grant it only the objects it uses; keep administrative roles out of migrations.",
            triggering: [
                example("↓CREATE ROLE app WITH LOGIN SUPERUSER PASSWORD NULL;"),
                example("↓ALTER USER reporting BYPASSRLS;"),
                example("↓create role if not exists ops createrole login;"),
            ],
            nonTriggering: [
                example("CREATE ROLE app WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE;"),
                example("ALTER ROLE app SET search_path = app, pg_catalog;"),
                example("COMMENT ON ROLE app IS 'not a SUPERUSER';"),
            ]),
        problem: { statement in
            guard statement.isRoleDefinition else { return nil }
            let granted = ["superuser", "bypassrls", "createrole"].filter(statement.contains(word:))
            guard !granted.isEmpty else { return nil }
            let role = statement.roleName.map { "`\($0)`" } ?? "a role"
            return (statement.line, "\(statement.tokens[0].text.uppercased()) gives \(role) " + granted.map { "`\($0.uppercased())`" }.joined(separator: ", ") + ".",
                    "role|\(statement.roleName ?? "")|\(granted.joined(separator: ","))")
        })
}

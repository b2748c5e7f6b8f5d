import InfragateParsers

/// A table created in a schema the policy names (`sql.rls_schemas`) that no migration turns
/// row-level security on for.
struct TableWithoutRowSecurity: Rule {
    private static let schemas = RuleParameters(rowLevelSecuritySchemas: ["app"])

    private static func example(_ text: String, neighbours: [String: String] = [:], parameters: RuleParameters = schemas) -> RuleExample {
        RuleExample(text, path: "migrations/V2__accounts.sql", neighbours: neighbours, parameters: parameters)
    }

    let description = RuleDescription(
        id: "SQL-TABLE-WITHOUT-RLS", title: "Table in a row-level-security schema without row-level security", severity: .high, cwe: 284,
        checklist: "Databases › Row-level security on user-data tables",
        rationale: """
            In a schema whose tables hold tenants' or users' rows, a table without `ENABLE ROW LEVEL SECURITY` is \
            read and written whole by every role its grants reach: one missing statement (`CREATE POLICY` alone does \
            nothing) and a query without its `WHERE tenant_id = …`, or a client such as PostgREST or Supabase, sees \
            every tenant's data. High, because the policy asked for it; silent unless the trusted policy names the \
            schemas (`sql: { rls_schemas: [app] }`). A table counts once it is created (`CREATE [UNLOGGED] TABLE`, \
            `… AS SELECT`, `PARTITION OF`: a partition read directly skips its parent's policies) or moved in \
            (`ALTER TABLE … SET SCHEMA`), with unqualified names resolved through the script's `SET search_path` \
            (`public` when it sets none). Row-level security counts when `ALTER TABLE … ENABLE ROW LEVEL SECURITY` \
            follows in the same script or in a script of the same folder that runs later (by name, numbers \
            compared as numbers, as Flyway, Rails and Django order migrations): an earlier one applied to a table \
            since dropped and created again. Statements built inside `DO` blocks or functions are not read.
            """,
        recommendation: "Add `ALTER TABLE <schema>.<table> ENABLE ROW LEVEL SECURITY;` (and `FORCE ROW LEVEL SECURITY` for the owner) with its `CREATE POLICY` in the migration that creates the table.",
        triggering: [
            example("↓CREATE TABLE app.accounts (id bigint PRIMARY KEY, tenant_id uuid NOT NULL);\nCREATE POLICY tenant ON app.accounts USING (tenant_id = current_setting('app.tenant')::uuid);"),
            // The schema through search_path, a quoted name and a second table the ALTER does not name.
            example("SET search_path TO app, public;\n↓CREATE TABLE IF NOT EXISTS \"invoices\" (id bigint);\nCREATE TABLE notes (id bigint);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;"),
            // Created elsewhere and moved in: the two-step way into the schema.
            example("CREATE TABLE public.payments (id bigint);\n↓ALTER TABLE public.payments SET SCHEMA app;"),
            // An earlier migration's ALTER applied to the table this one drops and creates again.
            example("DROP TABLE app.accounts;\n↓CREATE TABLE app.accounts (id bigint, tenant_id uuid);",
                    neighbours: ["migrations/V1__accounts.sql": "CREATE TABLE app.accounts (id bigint);\nALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;"]),
            example("↓CREATE UNLOGGED TABLE app.sessions AS SELECT * FROM app.seed;\n-- ALTER TABLE app.sessions ENABLE ROW LEVEL SECURITY;"),
        ],
        nonTriggering: [
            example("CREATE TABLE app.accounts (id bigint PRIMARY KEY, tenant_id uuid NOT NULL);\nALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;\nALTER TABLE app.accounts FORCE ROW LEVEL SECURITY;\nCREATE POLICY tenant ON app.accounts USING (tenant_id = current_setting('app.tenant')::uuid);"),
            example("SET search_path = app;\nCREATE TABLE IF NOT EXISTS invoices (id bigint);\nALTER TABLE IF EXISTS ONLY APP.Invoices ADD COLUMN total numeric, ENABLE ROW LEVEL SECURITY;"),
            // Enabled by a migration that runs later (V10 after V2, as Flyway orders versions).
            example("CREATE TABLE app.accounts (id bigint);",
                    neighbours: ["migrations/V10__rls.sql": "ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;"]),
            example("CREATE TABLE public.countries (code char(2));\nCREATE TEMPORARY TABLE staging (id bigint);\nCREATE TABLE reporting.daily (day date);"),
            // No schema named in the policy: nothing is asked for.
            example("CREATE TABLE app.accounts (id bigint);", parameters: .defaults),
        ])

    func check(_ migration: SQLMigration) -> [Violation] {
        guard !migration.rowLevelSecuritySchemas.isEmpty else { return [] }
        return migration.script.tablesWithoutRowSecurity().compactMap { table in
            guard migration.rowLevelSecuritySchemas.contains(table.schema), !migration.enabledLater(table.name) else { return nil }
            return Violation(
                line: table.line,
                message: "`\(table.name)` is in schema `\(table.schema)`, which the policy's `sql.rls_schemas` names, and no migration turns its row-level security on (`ALTER TABLE \(table.name) ENABLE ROW LEVEL SECURITY`).",
                identity: "sql|rls-missing|\(table.name)")
        }
    }
}

import InfragateParsers

/// SQL migrations and init scripts: `*.sql` files in the folders where schema changes and server
/// initialisation live (`migrations/`, `db/migrate/`, `docker-entrypoint-initdb.d/`, Flyway's
/// `V1__*.sql` …), read as statements of tokens (`SQLScript`). Other `.sql` files (test fixtures,
/// data dumps in `db/` or `sql/`, often over the size limit) are left alone: a grant in a fixture
/// changes no database, and an unreadable dump must not fail the gate. The policy's `sql.paths`
/// adds the layouts a repository uses beyond these (the engine claims those files for this pack).
public enum SQLPack: RulePack {
    public static let kind = FileKind.sql
    public static let examplePath = "migrations/0001_init.sql"

    static let checks = RuleSet<SQLMigration>([
        SQLStatementRule.grantToPublic,
        SQLStatementRule.globalGrant,
        SQLStatementRule.powerfulRole,
        SQLStatementRule.literalPassword,
        SQLStatementRule.insecureServerSetting,
        SQLStatementRule.rowSecurityDisabled,
        SQLStatementRule.definerWithoutSearchPath,
        TableWithoutRowSecurity(),
    ])

    public static let rules = checks.descriptions

    /// Folder names (lower case) that hold migrations or init scripts, and fragments of them.
    private static let folders: Set<String> = [
        "migrations", "migration", "migrate", "schema", "schemas", "initdb", "docker-entrypoint-initdb.d", "flyway",
        "liquibase", "changelog", "changelogs", "postgres", "postgresql", "mysql", "mariadb", "init-scripts", "initdb.d",
    ]

    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        guard name.hasSuffix(".sql") else { return false }
        let folders = RepositoryPath.folders(of: path.lowercased())
        guard !folders.contains(where: { ["test", "tests", "spec", "fixtures", "testdata", "__tests__"].contains($0) }) else { return false }
        // Rails' schema dump, which `db:schema:load` runs as it stands.
        if name == "structure.sql", folders.last == "db" { return true }
        // Flyway's versioned and repeatable migrations, wherever they sit.
        if name.first == "v" || name.hasPrefix("r__"), name.contains("__") { return true }
        return folders.contains { Self.folders.contains(String($0)) || $0.hasPrefix("migrat") || $0.hasSuffix("-migrations") }
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let script = SQLScript(parsing: file.text)
        let schemas = file.parameters.rowLevelSecuritySchemas
        guard !schemas.isEmpty else {
            return PackResult(violations: checks.violations(in: SQLMigration(script: script), enabled: file.enabledRules))
        }
        // The folder's other scripts are read once per revision, however many of them change.
        let folder = RepositoryPath.directory(of: file.path)
        let index = snapshot.shared("sql-row-security|" + folder) { RowSecurityIndex(folder: folder, in: snapshot) }
        let path = file.path
        let migration = SQLMigration(script: script, rowLevelSecuritySchemas: schemas) { index.enables($0, after: path) }
        return PackResult(violations: checks.violations(in: migration, enabled: file.enabledRules))
    }
}

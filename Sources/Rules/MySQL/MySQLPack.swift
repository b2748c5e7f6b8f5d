import InfragateParsers

/// MySQL and MariaDB option files: `my.cnf` anywhere, and `*.cnf` in a folder whose path names MySQL
/// or MariaDB (`mysql/conf.d/`, `mariadb.conf.d/`), read as the server reads them (`MySQLOptions`).
public enum MySQLPack: RulePack {
    public static let kind = FileKind.mysqlOptions
    public static let examplePath = "my.cnf"

    static let checks = RuleSet<MySQLOptions>([
        MySQLOptionRule.skipGrantTables,
        MySQLOptionRule.withoutSecureTransport,
        MySQLOptionRule.localInfile,
        MySQLOptionRule.boundToEveryInterface,
        MySQLOptionRule.oldTLS,
        MySQLOptionRule.rawLog,
        MySQLOptionRule.unrestrictedFilePrivilege,
        MySQLOptionRule.committedPassword,
        MySQLPack.includeNotFollowed,
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        if name == "my.cnf" { return true }
        guard name.hasSuffix(".cnf") else { return false }
        return RepositoryPath.folders(of: path.lowercased()).contains { $0.contains("mysql") || $0.contains("mariadb") }
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: checks.violations(in: [MySQLOptions(parsing: file.text, path: file.path, in: snapshot, judgedAlone: recognises(path:))], enabled: file.enabledRules))
    }
}

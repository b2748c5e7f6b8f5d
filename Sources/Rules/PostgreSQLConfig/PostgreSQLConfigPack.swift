import InfragateParsers

/// PostgreSQL server settings: `postgresql.conf` wherever it sits, read as the server reads it
/// (`PostgreSQLSettings`), with the files it includes.
public enum PostgreSQLConfigPack: RulePack {
    public static let kind = FileKind.postgresConf
    public static let examplePath = "postgresql.conf"

    static let checks = RuleSet<PostgreSQLSettings>([
        PostgreSQLSettingRule.sslOff,
        PostgreSQLSettingRule.oldTLS,
        PostgreSQLSettingRule.md5Passwords,
        PostgreSQLSettingRule.listenEverywhere,
        PostgreSQLSettingRule.connectionsNotLogged,
        PostgreSQLSettingRule.disconnectionsNotLogged,
        PostgreSQLSettingRule.slowQueriesNotLogged,
        PostgreSQLSettingRule.fsyncOff,
        PostgreSQLConfigPack.includeNotFollowed,
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        RepositoryPath.name(of: path) == "postgresql.conf"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: checks.violations(in: [PostgreSQLSettings(parsing: file.text, path: file.path, in: snapshot)], enabled: file.enabledRules))
    }
}

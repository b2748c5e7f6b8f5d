import InfragateParsers

/// PostgreSQL client authentication: `pg_hba.conf` wherever it sits, read as the server reads it
/// (`HostBasedAuthentication`).
public enum PostgreSQLPack: RulePack {
    public static let kind = FileKind.postgresHBA
    public static let examplePath = "pg_hba.conf"

    static let checks = RuleSet<HostBasedAuthentication>([
        HBARecordRule.trust,
        HBARecordRule.cleartextPassword,
        HBARecordRule.md5,
        HBARecordRule.identOverNetwork,
        HBARecordRule.withoutTLS,
        HBARecordRule.anyAddress,
        HBARecordRule.ldapWithoutTLS,
        HBARecordRule.superuserRemote,
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        RepositoryPath.name(of: path) == "pg_hba.conf"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: checks.violations(in: HostBasedAuthentication(parsing: file.text), enabled: file.enabledRules))
    }
}

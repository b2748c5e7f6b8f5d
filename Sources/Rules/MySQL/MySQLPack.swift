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
        PackResult(violations: checks.violations(in: [options(of: file, in: snapshot)], enabled: file.enabledRules))
    }

    /// A drop-in (`conf.d/*.cnf`, `mariadb.conf.d/*.cnf`) is judged as the server reads it with its
    /// main file: the `my.cnf` (else `mariadb.cnf`) of the folder above, when that file reads it. The
    /// last value wins, so a drop-in's `require_secure_transport = OFF` that the main file sets `ON`
    /// again later is not reported, and one the main file leaves standing is, at the drop-in's line.
    /// Any other file is the root of its configuration.
    static func options(of file: SourceFile, in snapshot: any RepositorySnapshot) -> MySQLOptions {
        let dropInFolder = RepositoryPath.directory(of: file.path)
        if RepositoryPath.name(of: file.path).lowercased() != "my.cnf", !dropInFolder.isEmpty {
            let mainFolder = RepositoryPath.directory(of: dropInFolder)
            for name in ["my.cnf", "mariadb.cnf"] {
                let mainPath = mainFolder.isEmpty ? name : mainFolder + "/" + name
                guard let mainText = snapshot.text(at: mainPath) else { continue }
                let main = MySQLOptions(parsing: mainText, path: mainPath, in: snapshot, judgedAlone: recognises(path:), reportedFile: file.path)
                if main.readFiles.contains(file.path) { return main }
            }
        }
        return MySQLOptions(parsing: file.text, path: file.path, in: snapshot, judgedAlone: recognises(path:))
    }
}

import InfragateParsers

/// Application settings files that carry connection strings: `.env`, `.env.*` and `*.env` (dotenv,
/// Compose's `env_file`), and Java `*.properties` (Spring's `spring.datasource.url`), read as their
/// loaders read them (`AppSettings`). Credentials in them are the secrets pack's, which reads every
/// text file: this pack reads only the transport, so no value is reported twice.
public enum AppSettingsPack: RulePack {
    public static let kind = FileKind.appSettings
    public static let examplePath = ".env"

    static let checks = RuleSet<AppSettingsFile>([
        AppSettingsInsecureConnectionString(),
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name == ".env" || name.hasPrefix(".env.") || name.hasSuffix(".env") || name.hasSuffix(".properties")
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let isProperties = file.path.lowercased().hasSuffix(".properties")
        let settings = AppSettingsFile(settings: AppSettings(parsing: file.text, isProperties: isProperties), isProperties: isProperties)
        return PackResult(violations: checks.violations(in: settings, enabled: file.enabledRules))
    }
}

/// What the rules judge: the entries and which loader reads them.
struct AppSettingsFile {
    let settings: AppSettings
    let isProperties: Bool
}

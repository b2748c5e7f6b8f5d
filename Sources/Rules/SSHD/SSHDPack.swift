import InfragateParsers

/// OpenSSH server configuration: `sshd_config` wherever it sits, and the drop-in files of
/// `sshd_config.d/`, each read as sshd reads it (`SSHDConfig`).
public enum SSHDPack: RulePack {
    public static let kind = FileKind.sshdConfig
    public static let examplePath = "sshd_config"

    static let checks = RuleSet<SSHDConfig>([
        SSHDSettingRule.passwordAuthentication,
        SSHDSettingRule.rootLogin,
        SSHDSettingRule.emptyPasswords,
        SSHDSettingRule.keyboardInteractiveWithPAM,
        SSHDSettingRule.weakCiphers,
        SSHDSettingRule.weakMACs,
        SSHDSettingRule.weakKeyExchange,
        SSHDSettingRule.userEnvironment,
        SSHDSettingRule.hostBasedAuthentication,
        SSHDSettingRule.x11Forwarding,
        SSHDSettingRule.gatewayPorts,
        SSHDSettingRule.strictModes,
    ])

    public static let rules = checks.descriptions

    /// `sshd_config` in any folder, and `*.conf` in a `sshd_config.d` folder.
    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path)
        return name == "sshd_config" || name.hasSuffix(".conf") && RepositoryPath.folders(of: path).last == "sshd_config.d"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let isDropIn = RepositoryPath.name(of: file.path) != "sshd_config"
        let folder = RepositoryPath.directory(of: file.path)
        let dropInFolder = folder.isEmpty ? "sshd_config.d" : folder + "/sshd_config.d"
        let dropIns = isDropIn ? [] : snapshot.filePaths(in: dropInFolder).filter { $0.hasSuffix(".conf") }.sorted()
            .compactMap { path in snapshot.text(at: path).map { (path: path, text: $0) } }
        return PackResult(violations: checks.violations(in: SSHDConfig(parsing: file.text, isDropIn: isDropIn, dropIns: dropIns)))
    }
}

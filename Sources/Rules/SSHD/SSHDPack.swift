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
        SSHDPack.includeNotFollowed,
    ])

    public static let rules = checks.descriptions

    /// `sshd_config` in any folder, and `*.conf` in a `sshd_config.d` folder.
    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path)
        return name == "sshd_config" || name.hasSuffix(".conf") && RepositoryPath.folders(of: path).last == "sshd_config.d"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: checks.violations(in: [configuration(of: file, in: snapshot)], enabled: file.enabledRules))
    }

    /// A drop-in is judged as the `sshd_config` beside its folder reads it, when the revision holds
    /// one that includes it: a setting that file or an earlier drop-in decides is not the drop-in's.
    /// Any other file is the root of its configuration.
    static func configuration(of file: SourceFile, in snapshot: any RepositorySnapshot) -> SSHDConfig {
        guard RepositoryPath.name(of: file.path) != "sshd_config" else {
            return SSHDConfig(parsing: file.text, path: file.path, in: snapshot)
        }
        let dropInFolder = RepositoryPath.directory(of: file.path)
        let mainFolder = RepositoryPath.directory(of: dropInFolder)
        let mainPath = mainFolder.isEmpty ? "sshd_config" : mainFolder + "/sshd_config"
        if dropInFolder != mainFolder, let mainText = snapshot.text(at: mainPath) {
            let main = SSHDConfig(parsing: mainText, path: mainPath, reportedFile: file.path, in: snapshot)
            if main.readFiles.contains(file.path) { return main }
        }
        return SSHDConfig(parsing: file.text, path: file.path, isDropIn: true, in: snapshot)
    }
}

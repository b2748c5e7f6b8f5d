import InfragateParsers

/// `.github/dependabot.yml`: what Dependabot may run and with which credentials when it opens
/// update pull requests.
public enum DependabotPack: RulePack {
    public static let kind = FileKind.dependabot
    public static let examplePath = ".github/dependabot.yml"

    static let checks = RuleSet<DependabotConfig>([
        DependabotInsecureExternalCode(),
        DependabotRegistryCredentials(),
        DependabotWithoutCooldown(),
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered == ".github/dependabot.yml" || lowered == ".github/dependabot.yaml"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .strict)
        let configs = parsed.documents.filter { $0.root.isMapping }.map { DependabotConfig(root: $0.root) }
        return PackResult(violations: checks.violations(in: configs, enabled: file.enabledRules), problems: parsed.problems)
    }
}

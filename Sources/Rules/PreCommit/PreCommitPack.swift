import InfragateParsers

/// `.pre-commit-config.yaml`: the hook repositories pre-commit clones and runs on developers'
/// machines and in CI.
public enum PreCommitPack: RulePack {
    public static let kind = FileKind.preCommit
    public static let examplePath = ".pre-commit-config.yaml"

    static let checks = RuleSet<PreCommitConfig>([
        PreCommitRevisionIsBranch(),
        PreCommitHookNotPinned(),
        PreCommitInsecureRepository(),
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml"
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .strict)
        let configs = parsed.documents.filter { $0.root.isMapping }.map { PreCommitConfig(root: $0.root) }
        return PackResult(violations: checks.violations(in: configs, enabled: file.enabledRules), problems: parsed.problems)
    }
}

import InfragateParsers

/// Helm charts. Templates hold Go template syntax and are not YAML: the engine renders them
/// (`Engine/Helm`, natively) and the Kubernetes rules judge what they render to, not this pack.
/// It judges what values files decide (privileges, host namespaces, image tags) and checks that
/// `Chart.yaml` and values files parse.
public enum HelmPack: RulePack {
    public static let kind = FileKind.helm
    public static let examplePath = "values.yaml"

    static let checks = RuleSet<HelmValues>([
        HelmSetting.privileged,
        HelmSetting.hostNamespace,
        HelmSetting.privilegeEscalation,
        HelmSetting.runAsRoot,
        HelmFloatingImage(),
    ])

    public static let rules = checks.descriptions

    /// Whether the file is a chart template, which needs `helm template` before it can be judged.
    public static func needsRendering(_ path: String) -> Bool {
        RepositoryPath.folders(of: path).contains("templates")
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        guard !needsRendering(file.path) else { return PackResult() }
        let parsed = YAMLParser.parse(file.text, dialect: .kubernetes)
        var result = PackResult(problems: parsed.problems)
        guard isValuesFile(file.path) else { return result }
        result.violations = checks.violations(in: HelmValues(documents: parsed.documents), enabled: file.enabledRules)
        return result
    }

    /// `values.yaml` and its variants (`values-prod.yaml`, `values.staging.yml`, `ci/default-values.yaml`).
    public static func isValuesFile(_ path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name.contains("values") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }
}

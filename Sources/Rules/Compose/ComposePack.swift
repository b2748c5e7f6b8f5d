import InfragateParsers

/// Docker Compose files: every service of every document with a top-level `services` mapping.
public enum ComposePack: RulePack {
    public static let kind = FileKind.compose
    public static let examplePath = "docker-compose.yml"

    static let checks = RuleSet<ComposeService>([
        ComposePrivileged(),
        ComposeWritableRootFilesystem(),
        ComposeNoNewPrivileges(),
        ComposeCapability.dangerous, ComposeCapability.other,
        ComposeHostNamespace.network, ComposeHostNamespace.pid, ComposeHostNamespace.ipc,
        ComposeSensitiveMount(),
        ComposeResourceLimit.cpu, ComposeResourceLimit.memory,
        ComposeSecretInEnvironment(),
        ComposeInsecureConnectionString(),
        ComposeEmptyPasswordAllowed(),
        ComposeExposedSensitivePort(),
        ComposeDatabasePublishedBesidePublicService(),
        ComposeFloatingImage(),
        ComposeImageRegistryNotAllowed(),
        ComposeNoHealthcheck(),
        ComposeRootUser(),
        ComposeInsecureServerFlag(),
    ])

    public static let rules = checks.descriptions

    /// Whether YAML text is a Compose file whatever its name (`-f deploy/prod.yml`): a top-level
    /// `services` mapping whose entries have an `image` or a `build`.
    public static func matches(content text: String) -> Bool {
        ComposeService.services(in: YAMLParser.parse(text, dialect: .compose).documents).contains {
            $0.node["image"] != nil || $0.node["build"] != nil
        }
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .compose)
        return PackResult(violations: checks.violations(in: ComposeService.services(in: parsed.documents, parameters: file.parameters), enabled: file.enabledRules), problems: parsed.problems)
    }
}

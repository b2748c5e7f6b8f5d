import InfragateParsers

/// Docker Compose files: every service of every document with a top-level `services` mapping.
public enum ComposePack: RulePack {
    public static let kind = FileKind.compose
    public static let examplePath = "docker-compose.yml"

    static let checks: [any ComposeRule] = [
        ComposePrivileged(),
        ComposeWritableRootFilesystem(),
        ComposeNoNewPrivileges(),
        ComposeCapability.dangerous, ComposeCapability.other,
        ComposeHostNamespace.network, ComposeHostNamespace.pid, ComposeHostNamespace.ipc,
        ComposeSensitiveMount(),
        ComposeResourceLimit.cpu, ComposeResourceLimit.memory,
        ComposeSecretInEnvironment(),
        ComposeExposedSensitivePort(),
        ComposeFloatingImage(),
        ComposeNoHealthcheck(),
        ComposeRootUser(),
    ]

    public static let rules = checks.map(\.description)

    /// Whether YAML text is a Compose file whatever its name (`-f deploy/prod.yml`): a top-level
    /// `services` mapping whose entries have an `image` or a `build`.
    public static func matches(content text: String) -> Bool {
        ComposeService.services(in: YAMLParser.parse(text, dialect: .compose).documents).contains {
            $0.node["image"] != nil || $0.node["build"] != nil
        }
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .compose)
        var result = PackResult(problems: parsed.problems)
        for service in ComposeService.services(in: parsed.documents) {
            for check in checks {
                result.violations += check.check(service).map { (check.description, $0) }
            }
        }
        return result
    }
}

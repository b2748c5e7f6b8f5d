// Placeholder until the Dockerfile pack lands (being written in parallel).
public enum DockerfilePack: RulePack {
    public static let kind = FileKind.dockerfile
    public static let examplePath = "Dockerfile"
    public static let rules: [RuleDescription] = []
    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult { PackResult() }
}

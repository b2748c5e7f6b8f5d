import InfragateParsers

/// One Dockerfile rule: its description (metadata, docs, examples) and its check over a parsed file.
protocol DockerfileRule {
    static var description: RuleDescription { get }
    static func check(_ dockerfile: Dockerfile, in context: DockerfileContext) -> [Violation]
}

/// What a rule may know beyond the Dockerfile itself.
struct DockerfileContext {
    /// The build context has a `.dockerignore` (next to the Dockerfile, or `<Dockerfile>.dockerignore`).
    let hasDockerignore: Bool
}

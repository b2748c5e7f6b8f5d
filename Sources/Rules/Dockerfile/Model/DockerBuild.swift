import InfragateParsers

/// What the Dockerfile rules judge: the parsed file, and what the repository says of its build context.
struct DockerBuild {
    let dockerfile: Dockerfile
    /// The build context has a `.dockerignore` (next to the Dockerfile, or `<Dockerfile>.dockerignore`).
    let hasDockerignore: Bool
    /// The policy's values the file is judged with (the allowed registries).
    var parameters = RuleParameters.defaults
}

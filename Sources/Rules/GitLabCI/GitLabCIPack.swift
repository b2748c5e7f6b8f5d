import InfragateParsers

/// GitLab CI pipelines (`.gitlab-ci.yml`): global settings, `default:` and every job.
public enum GitLabCIPack: RulePack {
    public static let kind = FileKind.gitlabCI
    public static let examplePath = ".gitlab-ci.yml"

    static let checks = RuleSet<Pipeline>([
        PipelineSecretInVariables(),
        PipelinePipeToShell(),
        PipelineSecretPrinted(),
        PipelineFloatingImage.jobImage, PipelineFloatingImage.service,
        DockerInDockerWithoutTLS(),
        DockerInDockerService(),
        UnpinnedInclude(),
        PipelineInstallWithoutLockfile(),
        SecurityScanDisabled(),
        PipelineRegistryPasswordArgument(),
        ProductionWithoutApproval(),
        ArtifactCredentials(),
    ])

    public static let rules = checks.descriptions

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .gitLab)
        let pipelines = Pipeline.pipelines(in: parsed.documents, locator: ScalarLocator(source: file.text))
        return PackResult(violations: checks.violations(in: pipelines), problems: parsed.problems)
    }
}

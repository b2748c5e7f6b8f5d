import InfragateParsers

/// GitLab CI pipelines (`.gitlab-ci.yml`): global settings, `default:` and every job.
public enum GitLabCIPack: RulePack {
    public static let kind = FileKind.gitlabCI
    public static let examplePath = ".gitlab-ci.yml"

    static let checks: [any PipelineRule] = [
        PipelineSecretInVariables(),
        PipelinePipeToShell(),
        PipelineSecretPrinted(),
        PipelineFloatingImage.jobImage, PipelineFloatingImage.service,
        DockerInDockerWithoutTLS(),
        DockerInDockerService(),
        UnpinnedInclude(),
    ]

    public static let rules = checks.map(\.description)

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .gitLab)
        var result = PackResult(problems: parsed.problems)
        for pipeline in Pipeline.pipelines(in: parsed.documents, locator: ScalarLocator(source: file.text)) {
            for check in checks {
                result.violations += check.check(pipeline).map { (check.description, $0) }
            }
        }
        return result
    }
}

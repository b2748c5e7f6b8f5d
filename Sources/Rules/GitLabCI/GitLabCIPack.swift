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
        ProductionFromMergeRequest(),
        ArtifactCredentials(),
        PipelineVerificationDisabled(),
        SecurityJobAllowedToFail(),
        SecurityJobWithoutSource(),
        SecurityJobNeverRuns(),
        TriggerForwardsPipelineVariables(),
        DebugTraceEnabled(),
        MergeRequestCredentials(),
        PrivilegedRunnerForMergeRequest(),
        TokenInArtifact(),
        PipelineImageRegistryNotAllowed(),
        PipelineWithoutSecurityScanning(),
    ])

    public static let rules = checks.descriptions

    /// The opt-in rule reported once per repository, whose file the engine judges again when the
    /// repository's pipelines change.
    public static let repositoryScanningRuleID = PipelineWithoutSecurityScanning.id

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .gitLab)
        let included = IncludedJobs(of: file.path, documents: parsed.documents, in: snapshot)
        var pipelines = Pipeline.pipelines(in: parsed.documents, locator: ScalarLocator(source: file.text), included: included.jobs)
        for index in pipelines.indices { pipelines[index].parameters = file.parameters }
        // Reported in the root pipeline, and only where the snapshot lists the tree (not for a loose file).
        if !pipelines.isEmpty, GitLabLocalIncludes.rootFiles.contains(file.path), file.enabledRules.includes(PipelineWithoutSecurityScanning.id),
           snapshot.fileNames(in: "").contains(file.path) {
            pipelines[0].repositoryScanning = SecurityScanningCoverage.of(snapshot)
        }
        return PackResult(violations: onePerLine(checks.violations(in: pipelines, enabled: file.enabledRules)), problems: parsed.problems + included.problems)
    }

    /// A setting inherited through `extends` is seen by the template and by every job that extends
    /// it; it is one problem, reported once, by the first scope that saw it: the same rule, line and
    /// construct (the identity without its leading scope).
    private static func onePerLine(_ found: [(rule: RuleDescription, violation: Violation)]) -> [(rule: RuleDescription, violation: Violation)] {
        var seen = Set<String>()
        return found.filter { finding in
            let construct = finding.violation.identity.split(separator: "|", maxSplits: 1).dropFirst().first ?? ""
            return seen.insert("\(finding.rule.id)|\(finding.violation.line)|\(construct)").inserted
        }
    }
}

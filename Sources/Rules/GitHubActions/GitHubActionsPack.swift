import InfragateParsers

/// GitHub Actions workflows (`.github/workflows/*.yml`): every document with a `jobs` mapping.
public enum GitHubActionsPack: RulePack {
    public static let kind = FileKind.githubWorkflow
    public static let examplePath = ".github/workflows/ci.yml"

    static let checks = RuleSet<Workflow>([
        ScriptInjection(),
        UntrustedCheckout(),
        UnpinnedAction.thirdParty, UnpinnedAction.firstParty,
        WriteAllPermissions(),
        PrivilegedTriggerWriteScope(),
        UndeclaredPermissions(),
        UnsecureCommands(),
        WorkflowSecretPrinted(),
        WorkflowPipeToShell(),
        WorkflowHardcodedSecret(),
        SelfHostedRunnerOnPullRequest(),
        DeployWithoutEnvironment(),
        EnvironmentFileWrite(),
        SpoofableBotCondition(),
        UnsoundCondition(),
        UnsoundContains(),
        CommentCommandWithUncheckedAuthor(),
        SecretsInherited(),
        SecretsInheritedOnPrivilegedTrigger(),
        SecretsContextExposed(),
        CheckoutCredentialsUploaded(),
        WorkflowInstallWithoutLockfile(),
        WorkflowRegistryPasswordArgument(),
        WorkflowVerificationDisabled(),
        OIDCWithoutConsumer(),
        WorkflowContainerImageUnpinned(),
        ObfuscatedExpression(),
        WorkflowRunArtifact(),
        CachePoisoning(),
        SecurityStepContinuesOnError(),
        LocalActionInputInjection(),
        WorkflowImageRegistryNotAllowed(),
        NoSecurityScanning(),
    ])

    public static let rules = checks.descriptions

    /// The opt-in rule reported once per repository, whose file the engine judges again when the
    /// repository's pipelines change.
    public static let repositoryScanningRuleID = NoSecurityScanning.id

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .gitHubActions)
        var workflows = Workflow.workflows(in: parsed.documents, locator: ScalarLocator(source: file.text))
        let localActionCodeInputs = LocalAction.codeInputs(of: workflows, in: snapshot)
        for index in workflows.indices {
            workflows[index].localActionCodeInputs = localActionCodeInputs
            workflows[index].parameters = file.parameters
        }
        if !workflows.isEmpty, file.enabledRules.includes(NoSecurityScanning.id),
           SecurityScanningCoverage.isGitHubReporter(file.path, in: snapshot) {
            workflows[0].repositoryScanning = SecurityScanningCoverage.of(snapshot)
        }
        return PackResult(violations: checks.violations(in: workflows, enabled: file.enabledRules), problems: parsed.problems)
    }
}

import InfragateParsers

/// GitHub Actions workflows (`.github/workflows/*.yml`): every document with a `jobs` mapping.
public enum GitHubActionsPack: RulePack {
    public static let kind = FileKind.githubWorkflow
    public static let examplePath = ".github/workflows/ci.yml"

    static let checks: [any WorkflowRule] = [
        ScriptInjection(),
        UntrustedCheckout(),
        UnpinnedAction.thirdParty, UnpinnedAction.firstParty,
        WriteAllPermissions(),
        UndeclaredPermissions(),
        UnsecureCommands(),
        WorkflowSecretPrinted(),
        WorkflowPipeToShell(),
        WorkflowHardcodedSecret(),
        SelfHostedRunnerOnPullRequest(),
    ]

    public static let rules = checks.map(\.description)

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .gitHubActions)
        var result = PackResult(problems: parsed.problems)
        for workflow in Workflow.workflows(in: parsed.documents, locator: ScalarLocator(source: file.text)) {
            for check in checks {
                result.violations += check.check(workflow).map { (check.description, $0) }
            }
        }
        return result
    }
}

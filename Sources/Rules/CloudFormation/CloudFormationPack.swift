/// CloudFormation templates, YAML or JSON. They carry the AWS rules Terraform carries, under the
/// same ids and descriptions; each file is judged on its own (a template is self-contained).
public enum CloudFormationPack: RulePack {
    public static let kind = FileKind.cloudFormation
    public static let examplePath = CloudFormationDocumentation.yamlPath
    /// The AWS rules listed are those with a CloudFormation resource (the account password policy has none).
    public static let rules = checks.descriptions + AWSRules.checks.descriptions.filter { rule in
        rule.triggering.contains { $0.path.map(canEvaluate(examplePath:)) == true }
    }

    /// The checks of CloudFormation alone; the AWS rules are `AWSRules`.
    static let checks = RuleSet<CloudFormationTemplate>([
        CloudFormationSecretRule(),
    ])

    /// Templates are YAML, JSON or `.template`; Terraform's `.tf.json` is not one.
    public static func canEvaluate(examplePath path: String) -> Bool {
        let name = path.lowercased()
        guard !name.hasSuffix(".tf.json"), !name.hasSuffix(".tfvars.json") else { return false }
        return [".yaml", ".yml", ".json", ".template"].contains { name.hasSuffix($0) }
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let template = CloudFormationTemplate(parsing: file)
        let violations = checks.violations(in: template, enabled: file.enabledRules) + AWSRules.checks.violations(in: AWSResources(cloudFormation: template), enabled: file.enabledRules)
        return PackResult(violations: violations, problems: template.problems)
    }
}

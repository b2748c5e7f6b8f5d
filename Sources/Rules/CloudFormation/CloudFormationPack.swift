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
        guard !template.undecidedConditions.isEmpty else {
            return PackResult(violations: violations(in: template, enabled: file.enabledRules, parameters: file.parameters), problems: template.problems)
        }
        return PackResult(violations: merging(holding: violations(in: template.assuming(true), enabled: file.enabledRules, parameters: file.parameters),
                                              notHolding: violations(in: template.assuming(false), enabled: file.enabledRules, parameters: file.parameters), of: template),
                          problems: template.problems)
    }

    private static func violations(in template: CloudFormationTemplate, enabled: EnabledRules, parameters: RuleParameters) -> [(rule: RuleDescription, violation: Violation)] {
        checks.violations(in: template, enabled: enabled)
            + AWSRules.checks.violations(in: AWSResources(cloudFormation: template).judged(under: parameters), enabled: enabled)
    }

    /// One list from the stacks with the undecided conditions true and false: a finding both
    /// have is reported once; one that only a branch has says which conditions it depends on.
    private static func merging(
        holding: [(rule: RuleDescription, violation: Violation)],
        notHolding: [(rule: RuleDescription, violation: Violation)],
        of template: CloudFormationTemplate
    ) -> [(rule: RuleDescription, violation: Violation)] {
        func key(_ found: (rule: RuleDescription, violation: Violation)) -> String {
            "\(found.rule.id)\u{0}\(found.violation.path ?? "")\u{0}\(found.violation.line)\u{0}\(found.violation.identity)"
        }
        let holdingKeys = Set(holding.map(key))
        let notHoldingKeys = Set(notHolding.map(key))
        func annotated(_ found: (rule: RuleDescription, violation: Violation), holds: Bool) -> (rule: RuleDescription, violation: Violation) {
            let logicalID = String(found.violation.identity.prefix { $0 != "|" })
            let names = template.undecidedConditionsByResource[logicalID] ?? template.undecidedConditions
            let list = names.map { "`\($0)`" }.joined(separator: ", ")
            let condition = names.count == 1 ? "condition \(list) is" : "conditions \(list) are"
            let violation = found.violation
            return (found.rule, Violation(line: violation.line, endLine: violation.endLine,
                                          message: "\(violation.message) Only when \(condition) \(holds).",
                                          identity: violation.identity, path: violation.path))
        }
        return holding.map { notHoldingKeys.contains(key($0)) ? $0 : annotated($0, holds: true) }
            + notHolding.filter { !holdingKeys.contains(key($0)) }.map { annotated($0, holds: false) }
    }
}

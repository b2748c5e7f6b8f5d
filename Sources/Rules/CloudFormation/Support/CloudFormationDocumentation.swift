/// What a shared AWS rule says about CloudFormation: how to fix it there (when Terraform's
/// recommendation names Terraform syntax) and its examples. The examples name a template file, so
/// the generic example test runs them through this pack and the Terraform examples through Terraform's.
struct CloudFormationDocumentation: Sendable {
    var fix: String?
    let triggering: [RuleExample]
    let nonTriggering: [RuleExample]

    static let yamlPath = "template.yaml"
    static let jsonPath = "template.json"
}

extension RuleExample {
    /// A YAML template example.
    static func template(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationDocumentation.yamlPath) }
    /// A JSON template example.
    static func jsonTemplate(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationDocumentation.jsonPath) }
}

extension RuleDescription {
    /// The same rule documented for both formats: Terraform's recommendation followed by the
    /// CloudFormation fix, and the CloudFormation examples after Terraform's.
    func adding(_ documentation: CloudFormationDocumentation) -> RuleDescription {
        RuleDescription(
            id: id, title: title, severity: severity, cwe: cwe, owasp: owasp, checklist: checklist, rationale: rationale,
            recommendation: documentation.fix.map { "\(recommendation) In CloudFormation, \($0)" } ?? recommendation,
            equivalents: equivalents, subsumes: subsumes,
            triggering: triggering + documentation.triggering, nonTriggering: nonTriggering + documentation.nonTriggering)
    }
}

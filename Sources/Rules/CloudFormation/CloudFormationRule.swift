/// A CloudFormation check: its description (docs and examples) and how it judges a template.
/// The AWS rules shared with Terraform take Terraform's description and add their own examples.
protocol CloudFormationRule: Sendable {
    var description: RuleDescription { get }
    func violations(in template: CloudFormationTemplate) -> [Violation]
}

/// A shared AWS rule's CloudFormation examples. They name a template file, so the generic example
/// test runs them through this pack and the Terraform examples through Terraform's.
struct CloudFormationExamples: Sendable {
    let triggering: [RuleExample]
    let nonTriggering: [RuleExample]

    static let yamlPath = "template.yaml"
    static let jsonPath = "template.json"
}

extension RuleExample {
    /// A YAML template example.
    static func template(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationExamples.yamlPath) }
    /// A JSON template example.
    static func jsonTemplate(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationExamples.jsonPath) }
}

extension RuleDescription {
    /// The same rule, listing the CloudFormation examples after Terraform's.
    func adding(_ examples: CloudFormationExamples) -> RuleDescription {
        RuleDescription(
            id: id, title: title, severity: severity, cwe: cwe, owasp: owasp, checklist: checklist, rationale: rationale,
            recommendation: recommendation, equivalents: equivalents,
            triggering: triggering + examples.triggering, nonTriggering: nonTriggering + examples.nonTriggering)
    }
}

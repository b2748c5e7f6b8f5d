/// Where CloudFormation examples are written: the examples of the AWS rules name a template file,
/// so the generic example test runs them through this pack and the Terraform examples through Terraform's.
enum CloudFormationDocumentation {
    static let yamlPath = "template.yaml"
    static let jsonPath = "template.json"
}

extension RuleExample {
    /// A YAML template example.
    static func template(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationDocumentation.yamlPath) }
    /// A JSON template example.
    static func jsonTemplate(_ code: String) -> RuleExample { RuleExample(code, path: CloudFormationDocumentation.jsonPath) }
}

/// The family of checks over IAM policy statements, sharing Terraform's judgement of a statement.
struct CloudFormationPolicyRule: Rule {
    let description: RuleDescription
    private let shared: PolicyStatementRule

    init(sharing shared: PolicyStatementRule, documentation: CloudFormationDocumentation) {
        self.description = shared.description.adding(documentation)
        self.shared = shared
    }

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        PolicyDocument.all(in: template).filter { shared.roles.contains($0.role) }.flatMap { document in
            document.statements.enumerated().compactMap { index, statement in
                shared.problem(statement).map {
                    document.resource.violation(line: statement.line, message: "\(document.resource.logicalID) \($0).",
                                                property: "\(document.property).Statement[\(index)]")
                }
            }
        }
    }
}

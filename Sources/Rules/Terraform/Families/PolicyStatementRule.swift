/// The family of checks over IAM policy statements (wildcard grants, public principals), run on
/// every policy document of the module whatever syntax it is written in.
struct PolicyStatementRule: Rule {
    let description: RuleDescription
    let roles: [IAMPolicy.Role]
    /// What is wrong with a statement, completing "<address> …"; nil when it is fine.
    let problem: @Sendable (AWSPolicyStatement) -> String?

    func check(_ module: TerraformModule) -> [Violation] {
        IAMPolicy.all(in: module).filter { roles.contains($0.role) }.flatMap { policy in
            policy.statements.enumerated().compactMap { index, statement in
                problem(statement).map {
                    policy.owner.violation(line: statement.line, message: "\(policy.owner.address) \($0).", detail: "statement[\(index)]")
                }
            }
        }
    }
}

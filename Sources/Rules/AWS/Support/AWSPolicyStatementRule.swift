/// A rule over IAM policy statements (wildcard grants, public principals), run on every policy
/// document of the module or template whatever syntax it is written in. Each rule file makes one.
struct AWSPolicyStatementRule: Rule {
    let description: RuleDescription
    let roles: [AWSPolicy.Role]
    /// What is wrong with a statement, completing "<address> …"; nil when it is fine.
    let problem: @Sendable (AWSPolicyStatement) -> String?

    func check(_ resources: AWSResources) -> [Violation] {
        resources.policies.filter { roles.contains($0.role) }.flatMap { policy in
            policy.statements.indices.compactMap { index in
                problem(policy.statements[index]).map { policy.violation(at: index, message: "\(policy.owner.address) \($0).") }
            }
        }
    }
}

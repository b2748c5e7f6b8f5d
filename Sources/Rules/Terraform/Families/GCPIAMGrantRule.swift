/// The family of checks over Google Cloud IAM grants (`GCPIAMGrant`): which resources a rule looks at,
/// and which member holding which role is a finding. One finding per IAM resource.
struct GCPIAMGrantRule: Rule {
    let description: RuleDescription
    /// The granted-on resources (`GCPIAMGrant.target`) the rule judges.
    let targets: @Sendable (String) -> Bool
    /// Whether a member holding a role (nil when unknown) is a finding.
    let isRisky: @Sendable (_ role: String?, _ member: String) -> Bool
    /// What is wrong, completing "<address> grants `role` to `member` …".
    let problem: String

    func check(_ module: TerraformModule) -> [Violation] {
        GCPIAMGrant.all(in: module).filter { targets($0.target) }.compactMap { grant in
            guard let member = grant.members.first(where: { isRisky(grant.role, $0) }) else { return nil }
            let role = grant.role.map { "`\($0)`" } ?? "a role"
            return grant.resource.violation(
                line: grant.line, message: "\(grant.resource.address) grants \(role) to `\(member)` \(problem).", detail: "members")
        }
    }
}

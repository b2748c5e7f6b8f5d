import InfragateGit
import InfragateRules

/// Judges what a change does to `.infragate.yml` when that file is where the trusted policy comes
/// from: a relaxation is `GATE-POLICY-RELAXED`, a policy that no longer reads is `GATE-PARSE-ERROR`
/// (it would stop every later push). Policies named by the server or the CI job are not in the
/// repository's hands, so changes to the file are not findings then.
struct PolicyChange {
    let trusted: LoadedPolicy
    /// The default branch's names, so that both sides protect it the same way when they name no refs.
    let defaultBranchNames: [String]
    /// The refs that exist, on which a loss of protection is looked for.
    let refNames: [String]

    /// The findings for `.infragate.yml` as it stands at `commit`, judged against the trusted policy.
    func findings(at commit: ObjectID, in repository: GitRepository) throws -> [Finding] {
        guard trusted.origin != .file else { return [] }
        let path = PolicyLoader.fileName
        let proposed: Policy
        if let text = try PolicyLoader.text(at: commit, in: repository) {
            do {
                proposed = try Policy.parse(text, origin: path, knownRuleIDs: RuleCatalog.ids)
            } catch let error as PolicyError {
                let message = "the policy no longer reads, so every later push would be refused: \(error.message)"
                return [Finding(rule: GateRules.parseError, violation: Violation(line: error.line, message: message, identity: "policy"),
                                path: path, commit: commit.hex)]
            }
        } else {
            proposed = .defaults
        }
        let relaxed = resolved(trusted.policy).relaxations(in: resolved(proposed), refNames: refNames)
        guard !relaxed.isEmpty else { return [] }
        let message = "\(path) relaxes the trusted policy (\(trusted.source)): \(relaxed.joined(separator: "; "))"
        return [Finding(rule: GateRules.policyRelaxed, violation: Violation(line: 1, message: message, identity: relaxed.joined(separator: "|")),
                        path: path, commit: commit.hex)]
    }

    private func resolved(_ policy: Policy) -> Policy {
        var policy = policy
        policy.push = policy.push.protectingDefaultBranch(named: defaultBranchNames)
        return policy
    }
}

import Foundation
import InfragateParsers

/// `uses: org/action@v3`: a tag or branch is a pointer its owner (or whoever steals their token) can move.
/// One rule for third-party actions and a milder one for GitHub's own, which share the check.
struct UnpinnedAction: Rule {
    /// Organisations GitHub itself publishes actions from.
    private static let firstPartyOwners: Set<String> = ["actions", "github"]

    let judgesFirstParty: Bool
    let description: RuleDescription

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap { job -> [Violation] in
            // A job-level `uses` calls a reusable workflow from another repository.
            let call = job.node.entry("uses").flatMap { violation($0, by: "Job `\(job.id)`", identity: job.identity) }
            return (call.map { [$0] } ?? []) + job.steps.compactMap { step in
                step.node.entry("uses").flatMap { entry in
                    violation(entry, by: step.isNamed ? step.displayName : "Job `\(job.id)`", identity: step.identity)
                }
            }
        }
    }

    private func violation(_ entry: YAMLEntry, by user: String, identity: String) -> Violation? {
        guard let reference = entry.value.string, let target = Self.mutableTarget(of: reference),
              Self.firstPartyOwners.contains(target.owner) == judgesFirstParty else { return nil }
        return Violation(line: entry.keyLine, message: "\(user) uses `\(reference)`, a reference that can be moved to other code.",
                         identity: "\(identity)|uses:\(target.name)")
    }

    /// The action's name and owner when `reference` is not immutable; nil for local actions,
    /// digests and full commit SHAs.
    static func mutableTarget(of reference: String) -> (name: String, owner: String)? {
        if reference.hasPrefix("./") || reference.hasPrefix("../") || reference.contains("${{") { return nil }
        if reference.hasPrefix("docker://") {
            let image = ImageReference(parsing: String(reference.dropFirst("docker://".count)))
            return image.digest != nil ? nil : ("docker://\(image.registry.map { "\($0)/" } ?? "")\(image.repository)", "")
        }
        let parts = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].lowercased()
        if parts.count == 2, parts[1].range(of: "^[0-9a-fA-F]{40}$", options: .regularExpression) != nil { return nil }
        return (name, name.split(separator: "/").first.map(String.init) ?? "")
    }
}

import Foundation
import InfragateParsers

/// `uses: org/action@v3`: a tag or branch is a pointer its owner (or whoever steals their token) can move.
/// One rule for third-party actions and a milder one for GitHub's own, which share the check.
struct UnpinnedAction: Rule {
    /// Organisations GitHub itself publishes actions from.
    private static let firstPartyOwners: Set<String> = ["actions", "github"]

    static let thirdParty = UnpinnedAction(judgesFirstParty: false, description: RuleDescription(
        id: "GHA-ACTION-NOT-PINNED", title: "Third-party action not pinned to a commit", severity: .medium, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Third-party actions pinned to a commit",
        rationale: """
            A tag (`@v44`) or branch (`@main`) can be moved to any commit by the action's maintainers or by whoever \
            compromises them, and the next run executes that code with the job's token and secrets: the \
            `tj-actions/changed-files` compromise (CVE-2025-30066) dumped secrets of thousands of repositories this \
            way. Only a full 40-character commit SHA is immutable. `docker://` actions without a digest and reusable \
            workflows called by tag are judged the same way. Medium: exploitation needs the upstream to be \
            compromised, but then it is silent and reaches every secret of the job.
            """,
        recommendation: "Pin the full commit SHA and keep the version as a comment (`uses: org/action@<40-hex sha> # v4.1.0`); let Dependabot or Renovate update the pins.",
        equivalents: [Equivalent(tool: "zizmor", id: "unpinned-uses")],
        triggering: [RuleExample("""
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
            ↓      - uses: tj-actions/changed-files@v44
                  - name: Lint
            ↓        uses: docker://hadolint/hadolint:latest
              deploy:
            ↓    uses: acme/workflows/.github/workflows/deploy.yml@main
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: tj-actions/changed-files@2f7c5bfce28377bc069a65ba478de0a74aa0ca32 # v46.0.1
                  - uses: ./.github/actions/setup
                  - uses: docker://hadolint/hadolint@sha256:fff226bdf9ebcc08db47fb90ee144dd770120b35c2b1cbbb46e932a650cfe232
              deploy:
                uses: ./.github/workflows/deploy.yml
            """, path: ".github/workflows/ci.yml")]))

    static let firstParty = UnpinnedAction(judgesFirstParty: true, description: RuleDescription(
        id: "GHA-GITHUB-ACTION-NOT-PINNED", title: "GitHub-owned action not pinned to a commit", severity: .low, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Third-party actions pinned to a commit",
        rationale: """
            Actions under `actions/` and `github/` are published by GitHub itself, behind its own release controls; \
            moving their tags maliciously would take a compromise of the platform that already runs the workflow. \
            Their tags are still mutable and a pin makes runs reproducible, so this is reported, but low.
            """,
        recommendation: "Pin the commit SHA with the version as a comment (`uses: actions/checkout@<40-hex sha> # v4.2.2`), updated by Dependabot.",
        equivalents: [Equivalent(tool: "zizmor", id: "unpinned-uses")],
        triggering: [RuleExample("""
            on: push
            jobs:
              analyze:
                runs-on: ubuntu-latest
                steps:
            ↓      - uses: actions/checkout@v4
            ↓      - uses: github/codeql-action/init@v3
                  - uses: tj-actions/changed-files@v44
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            jobs:
              analyze:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                  - uses: github/codeql-action/init@df409f7d9260372bd5f19e5b04e83cb3c43714ae
            """, path: ".github/workflows/ci.yml")]))

    private let judgesFirstParty: Bool
    let description: RuleDescription

    private init(judgesFirstParty: Bool, description: RuleDescription) {
        self.judgesFirstParty = judgesFirstParty
        self.description = description
    }

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
    private static func mutableTarget(of reference: String) -> (name: String, owner: String)? {
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

import Foundation
import InfragateParsers

extension UnpinnedAction {
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
        equivalents: [Equivalent(tool: "zizmor", id: "unpinned-uses"), .checkov("CKV_GHA_8")],
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
}

import Foundation
import InfragateParsers

extension UnpinnedAction {
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
        equivalents: [Equivalent(tool: "zizmor", id: "unpinned-uses"), .checkov("CKV_GHA_8"), .kics("Unpinned Actions Full Length Commit SHA")],
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
}

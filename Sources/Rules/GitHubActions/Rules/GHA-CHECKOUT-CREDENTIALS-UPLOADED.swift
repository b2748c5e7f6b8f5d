import InfragateParsers

/// `actions/checkout` leaves the job's token in `.git/config`; an artifact of the workspace carries it away.
struct CheckoutCredentialsUploaded: Rule {
    let description = RuleDescription(
        id: "GHA-CHECKOUT-CREDENTIALS-UPLOADED", title: "Checkout credentials persisted in a job that uploads artifacts", severity: .medium, cwe: 522,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            Unless told `persist-credentials: false`, `actions/checkout` writes the job's `GITHUB_TOKEN` (or the \
            given token) into `.git/config` of the workspace, where it stays for every later step. A job that then \
            uploads an artifact of the workspace (or of a folder that contains the checkout) publishes the token to \
            anyone who can download the run's artifacts — on a public repository, everyone — while it is still \
            valid, and a long-lived token given to checkout for good ("artipacked"). Medium.
            """,
        recommendation: "Set `persist-credentials: false` on the checkout (and pass a token explicitly to the one step that pushes).",
        equivalents: [Equivalent(tool: "zizmor", id: "artipacked")],
        triggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                ↓      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                      - run: make dist
                      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
                        with:
                          name: site
                          path: .
                """, path: ".github/workflows/ci.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                        with:
                          persist-credentials: false
                      - run: make dist
                      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
                        with:
                          name: site
                          path: .
                  lint:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                      - run: make lint
                """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap { job -> [Violation] in
            guard let upload = job.steps.lastIndex(where: { $0.action == "actions/upload-artifact" }) else { return [] }
            return job.steps[..<upload].compactMap { step in
                guard step.action == "actions/checkout", let uses = step.node.entry("uses"),
                      !Self.disablesPersistence(step.node["with"]?["persist-credentials"]) else { return nil }
                return Violation(line: uses.keyLine,
                                 message: "\(step.displayName) keeps the token in `.git/config`, and job `\(job.id)` uploads artifacts afterwards.",
                                 identity: "\(step.identity)|persist-credentials")
            }
        }
    }

    /// `false` as the runner reads an input: the YAML boolean or the string `false` in any case.
    private static func disablesPersistence(_ input: YAMLNode?) -> Bool {
        input?.bool == false || input?.string?.lowercased() == "false"
    }
}

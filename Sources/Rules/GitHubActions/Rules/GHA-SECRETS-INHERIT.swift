import InfragateParsers

/// `secrets: inherit` hands every secret of the repository to a workflow someone else maintains.
struct SecretsInherited: Rule {
    let description = RuleDescription(
        id: "GHA-SECRETS-INHERIT", title: "All secrets passed to another repository's workflow", severity: .medium, cwe: 200,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            A job that calls a reusable workflow with `secrets: inherit` gives it every secret the caller can read — \
            deploy keys, cloud credentials, signing keys — not the one or two it needs. When the workflow lives in \
            another repository, whoever can change it there (or move the tag it is called by) receives them all. \
            Medium: it widens what one compromised dependency reaches. Local workflows (`./.github/workflows/…`) \
            are not reported: they change with the repository's own review.
            """,
        recommendation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
        equivalents: [Equivalent(tool: "zizmor", id: "secrets-inherit"), .kics("Beta - Secrets Inherit Used in External Reusable Workflow")],
        triggering: [
            RuleExample("""
                on: push
                jobs:
                  release:
                    uses: octo-org/shared-workflows/.github/workflows/release.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
                ↓    secrets: inherit
                """, path: ".github/workflows/release.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: push
                jobs:
                  release:
                    uses: octo-org/shared-workflows/.github/workflows/release.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
                    secrets:
                      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                  test:
                    uses: ./.github/workflows/test.yml
                    secrets: inherit
                """, path: ".github/workflows/release.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.compactMap { job in
            guard let uses = job.node["uses"]?.string, !uses.hasPrefix("./"),
                  let secrets = job.node.entry("secrets"), secrets.value.string == "inherit" else { return nil }
            return Violation(line: secrets.keyLine, message: "Job `\(job.id)` passes every secret to `\(uses)`.",
                             identity: "\(job.identity)|secrets-inherit")
        }
    }
}

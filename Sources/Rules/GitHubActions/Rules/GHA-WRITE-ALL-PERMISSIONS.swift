import InfragateParsers

/// `permissions: write-all` hands every step a token that can push, release and rewrite workflows.
struct WriteAllPermissions: Rule {
    let description = RuleDescription(
        id: "GHA-WRITE-ALL-PERMISSIONS", title: "Workflow token granted write-all", severity: .medium, cwe: 250,
        checklist: "CI/CD › Workflow tokens scoped to least privilege",
        rationale: """
            With `write-all`, the `GITHUB_TOKEN` of every step, third-party actions included, can push commits, \
            publish releases and packages, and approve or merge pull requests. Any compromised action or injected \
            script inherits all of it. Medium: it turns a foothold in one step into a repository compromise.
            """,
        recommendation: "Grant only the scopes the job uses, e.g. `permissions: {contents: read, pull-requests: write}`, at the job level.",
        equivalents: [.checkov("CKV2_GHA_1"), Equivalent(tool: "zizmor", id: "excessive-permissions"), .kics("Beta - Workflow Permissions Set to Write-All")],
        triggering: [RuleExample("""
            on: push
            ↓permissions: write-all
            jobs:
              release:
            ↓    permissions: write-all
                runs-on: ubuntu-latest
                steps:
                  - run: make release
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            permissions: read-all
            jobs:
              release:
                permissions:
                  contents: write
                runs-on: ubuntu-latest
                steps:
                  - run: make release
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        let scopes = [(workflow.root.entry("permissions"), "The workflow", "workflow")]
            + workflow.jobs.map { (job: WorkflowJob) in (job.node.entry("permissions"), "Job `\(job.id)`", job.identity) }
        return scopes.compactMap { entry, owner, identity in
            guard let entry, entry.value.string == "write-all" else { return nil }
            return Violation(line: entry.keyLine, message: "\(owner) grants its token `write-all`.", identity: "\(identity)|permissions")
        }
    }
}

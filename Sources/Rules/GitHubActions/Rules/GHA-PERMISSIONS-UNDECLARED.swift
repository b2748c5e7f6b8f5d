import InfragateParsers

/// Without `permissions:`, the token gets the repository's default, which is read-write on older repositories.
struct UndeclaredPermissions: Rule {
    let description = RuleDescription(
        id: "GHA-PERMISSIONS-UNDECLARED", title: "Workflow token permissions not declared", severity: .low, cwe: 250,
        checklist: "CI/CD › Workflow tokens scoped to least privilege",
        rationale: """
            A job without `permissions`, in a workflow without top-level `permissions`, runs with the repository's or \
            organisation's default token scopes: read-write for every scope on repositories created before 2023 or \
            where an admin chose it. The workflow file alone does not say which, so reviewers cannot tell. Low: it \
            only matters once a step is compromised, but then it decides how much is lost. Reusable workflows \
            (`on: workflow_call` only) are not reported: their token is capped by the caller's permissions.
            """,
        recommendation: "Declare `permissions: {contents: read}` at the top of the workflow and widen per job where needed.",
        equivalents: [Equivalent(tool: "zizmor", id: "excessive-permissions"), Equivalent(tool: "poutine", id: "default_permissions_on_risky_events")],
        triggering: [RuleExample("""
            on: push
            ↓jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
              publish:
                permissions:
                  packages: write
                runs-on: ubuntu-latest
                steps:
                  - run: make publish
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [
            RuleExample("""
                on: push
                permissions:
                  contents: read
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: workflow_call
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/ci.yml"),
            RuleExample("""
                on: push
                jobs:
                  build:
                    permissions: {}
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/ci.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        // A reusable workflow's token is the caller's, capped by the caller's permissions.
        guard workflow.triggers != ["workflow_call"], workflow.root["permissions"] == nil,
              let jobsEntry = workflow.root.entry("jobs") else { return [] }
        let undeclared = workflow.jobs.filter { $0.node["permissions"] == nil }.map { "`\($0.id)`" }
        guard !undeclared.isEmpty else { return [] }
        return [Violation(line: jobsEntry.keyLine,
                          message: "No top-level `permissions`, and job\(undeclared.count == 1 ? "" : "s") \(undeclared.joined(separator: ", ")) declare\(undeclared.count == 1 ? "s" : "") none: the token gets the repository default.",
                          identity: "workflow|permissions")]
    }
}

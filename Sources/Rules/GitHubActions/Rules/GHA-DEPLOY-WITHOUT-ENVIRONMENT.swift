import InfragateParsers

/// A job that applies infrastructure on every push to `main` without an `environment` has nothing
/// an approval, a wait timer or a branch rule can hang on.
struct DeployWithoutEnvironment: Rule {
    /// Subcommands that change a cluster or cloud, by program.
    private static let deployVerbs: [String: Set<String>] = [
        "kubectl": ["apply", "create", "replace", "patch", "delete", "set", "scale"],
        "helm": ["install", "upgrade", "uninstall", "rollback"],
        "terraform": ["apply", "destroy"],
        "tofu": ["apply", "destroy"],
    ]
    /// Branch filters that take in the production branch.
    private static let productionBranches: Set<String> = ["main", "master", "production", "prod", "*", "**"]

    let description = RuleDescription(
        id: "GHA-DEPLOY-WITHOUT-ENVIRONMENT", title: "Production deploy without an environment (no approval gate possible)", severity: .low, cwe: 862,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            Required reviewers, wait timers, branch rules and environment-scoped secrets (and OIDC subjects such as \
            `repo:org/app:environment:production`) all attach to a job's `environment`. A job that runs \
            `kubectl apply`, `helm upgrade` or `terraform apply` on pushes to `main` without one deploys whatever \
            was merged, with credentials any job of the repository can read, and cannot be given an approval step \
            without editing the workflow. Low: it removes a safeguard rather than opening a hole; reported on `push` \
            workflows that take in `main`/`master`/`production`, for commands that change state (`--dry-run` and \
            `plan` are not).
            """,
        recommendation: "Add `environment: production` to the job, protect it with required reviewers or a branch rule, and move the deploy credentials into that environment's secrets (or bind the cloud role's OIDC trust to it).",
        triggering: [
            RuleExample("""
                on:
                  push:
                    branches: [main]
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                      - run: kubectl diff -f k8s/ || true
                ↓      - run: kubectl --context prod -n shop apply -f k8s/
                      - run: helm upgrade --install shop ./chart
                  infra:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          terraform init
                ↓          terraform -chdir=infra apply -auto-approve
                """, path: ".github/workflows/x.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on:
                  push:
                    branches: [main]
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    environment:
                      name: production
                      url: https://shop.example.com
                    steps:
                      - run: kubectl -n shop apply -f k8s/
                  check:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          kubectl apply --dry-run=server -f k8s/
                          terraform plan
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                on:
                  push:
                    branches: [feature/*]
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    steps:
                      - run: helm upgrade --install preview ./chart
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard Self.deploysOnPushToProduction(workflow) else { return [] }
        let jobsWithoutEnvironment = Set(workflow.jobs.filter { $0.node["environment"] == nil }.map(\.id))
        var reported = Set<String>()
        return workflow.runLines.compactMap { runLine in
            let jobID = runLine.step.jobID
            guard jobsWithoutEnvironment.contains(jobID), !reported.contains(jobID),
                  let command = runLine.commands.lazy.compactMap(Self.deployCommand).first else { return nil }
            reported.insert(jobID)
            return Violation(line: runLine.line,
                             message: "Job `\(jobID)` runs `\(command)` on pushes to the production branch without an `environment` to gate it.",
                             identity: "job:\(jobID)|deploy")
        }
    }

    /// `push` with no filter, or with a branch filter that takes in the production branch.
    private static func deploysOnPushToProduction(_ workflow: Workflow) -> Bool {
        guard workflow.triggers.contains("push") else { return false }
        guard let push = workflow.root["on"]?["push"], push.isMapping else { return true }
        guard let branches = push["branches"] else { return push["tags"] == nil && push["branches-ignore"] == nil }
        let names = branches.string.map { [$0] } ?? branches.items.compactMap(\.string)
        return names.contains(where: productionBranches.contains)
    }

    /// `kubectl apply` of `kubectl -n shop apply -f k8s/`: the program and its state-changing
    /// subcommand, found past options and their values; nil for a dry run.
    private static func deployCommand(_ command: ShellCommand) -> String? {
        let words = command.effectiveInvocation
        guard let program = command.programName, let verbs = deployVerbs[program],
              !words.contains(where: { $0.hasPrefix("--dry-run") }) else { return nil }
        var previousWasOption = false
        for word in words.dropFirst() {
            if word.hasPrefix("-") {
                previousWasOption = !word.contains("=")
                continue
            }
            if verbs.contains(word) { return "\(program) \(word)" }
            // A word after an option is taken as its value; any other is the subcommand, not a deploy.
            guard previousWasOption else { return nil }
            previousWasOption = false
        }
        return nil
    }
}

import InfragateParsers

/// No workflow of the repository runs SAST, a dependency audit and a secret scan (opt-in).
struct NoSecurityScanning: Rule {
    static let id = "GHA-NO-SECURITY-SCANNING"

    let description = RuleDescription(
        id: NoSecurityScanning.id, title: "No security scanning in the repository's pipelines", severity: .medium, cwe: 693,
        owasp: "A06:2021 Vulnerable and Outdated Components",
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            The checklists expect every change to pass static analysis, a dependency audit and a secret scan \
            before it merges; without them a vulnerable library, an injectable query or a committed key reaches \
            production unseen. This is a finding about the repository, not one file: it holds when no workflow \
            of `.github/workflows/` and no GitLab pipeline file runs a scanner of a kind, and it names the kinds \
            missing. Recognised: CodeQL, Semgrep, Checkov, KICS, tfsec, zizmor, Bandit, gosec and infragate (SAST; \
            infragate also finds secrets); Trivy (by `scan-type` and `scanners`), Grype, `npm`/`yarn`/`pnpm`/`cargo` \
            `audit`, `pip-audit`, `osv-scanner`, Snyk, `govulncheck`, the dependency review action (dependencies); \
            gitleaks, TruffleHog, detect-secrets, ggshield (secrets). A step or job with `if: false` scans nothing. \
            Reported once, in the first workflow of the folder by name, which is judged again whenever the folder \
            changes (a deleted scanning workflow included). A workflow that calls another repository's reusable \
            workflow is not looked into: name the scanner in this repository. Opt-in (`rules: { \(NoSecurityScanning.id): on }`), \
            since many repositories scan outside their pipelines (GitHub code scanning's default setup, an \
            organisation-wide ruleset). Medium.
            """,
        recommendation: "Add a workflow that runs on pull requests with CodeQL or Semgrep, a dependency audit (`actions/dependency-review-action`, `osv-scanner`, `npm audit`) and gitleaks or TruffleHog; or run `infragate check` plus an auditor.",
        optIn: true,
        triggering: [
            RuleExample("""
                ↓on: pull_request
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8
                      - run: npm ci && npm test
                """, path: ".github/workflows/ci.yml"),
            // Scanning in another workflow counts, but CodeQL is only SAST, and a disabled step scans nothing.
            RuleExample("""
                ↓name: build
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/build.yml", neighbours: [".github/workflows/codeql.yml": """
                on: pull_request
                jobs:
                  analyze:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: github/codeql-action/init@v3
                      - uses: github/codeql-action/analyze@v3
                      - uses: gitleaks/gitleaks-action@v2
                        if: false
                """]),
            // A workflow of that name outside `.github/workflows/` never runs.
            RuleExample("""
                ↓on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/a.yml", neighbours: ["docs/examples/scan.yml": """
                on: pull_request
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - run: semgrep ci && osv-scanner -r . && gitleaks detect
                """]),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8
                      - run: semgrep ci
                      - run: npm audit --audit-level=high
                      - uses: gitleaks/gitleaks-action@v2
                """, path: ".github/workflows/security.yml"),
            // Spread over workflows and platforms: Trivy's filesystem scan audits dependencies and finds secrets.
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: github/codeql-action/analyze@v3
                """, path: ".github/workflows/a.yml", neighbours: [".github/workflows/trivy.yml": """
                on: pull_request
                jobs:
                  trivy:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: aquasecurity/trivy-action@0.28.0
                        with:
                          scan-type: fs
                """]),
            RuleExample("""
                on: push
                jobs:
                  gate:
                    runs-on: ubuntu-latest
                    steps:
                      - run: infragate check --format sarif
                      - run: pip-audit -r requirements.txt
                """, path: ".github/workflows/gate.yml"),
            // Reported in the first workflow only: this one is not.
            RuleExample("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """, path: ".github/workflows/z.yml", neighbours: [".github/workflows/a.yml": """
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make test
                """]),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        guard let coverage = workflow.repositoryScanning, !coverage.missing.isEmpty else { return [] }
        let missing = coverage.missing.map(\.name)
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
        return [Violation(line: workflow.root.entries.first?.keyLine ?? 1,
                          message: "No workflow or pipeline of the repository runs \(list).",
                          identity: "repository|security-scanning")]
    }
}

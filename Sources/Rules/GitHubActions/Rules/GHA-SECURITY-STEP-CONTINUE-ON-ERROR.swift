import InfragateParsers

/// A scanner step with `continue-on-error: true` reports and is ignored: the job passes whatever it finds.
struct SecurityStepContinuesOnError: Rule {
    /// Actions whose job is to fail the run on findings.
    private static let scanningActions: Set<String> = [
        "github/codeql-action/analyze", "aquasecurity/trivy-action", "anchore/scan-action", "semgrep/semgrep-action",
        "returntocorp/semgrep-action", "gitleaks/gitleaks-action", "trufflesecurity/trufflehog", "bridgecrewio/checkov-action",
        "aquasecurity/tfsec-action", "snyk/actions/node", "snyk/actions/python", "snyk/actions/docker", "zizmorcore/zizmor-action",
        "actions/dependency-review-action", "ossf/scorecard-action",
    ]
    /// Commands that are scanners, as the first word of a `run:` line (or `npm audit`, `pip-audit`).
    private static let scanningCommands: Set<String> = [
        "trivy", "grype", "semgrep", "gitleaks", "trufflehog", "checkov", "tfsec", "kics", "zizmor", "infragate", "pip-audit",
        "govulncheck", "osv-scanner", "bandit", "hadolint", "kube-linter",
    ]

    let description = RuleDescription(
        id: "GHA-SECURITY-STEP-CONTINUE-ON-ERROR", title: "Security scan allowed to fail silently", severity: .low, cwe: 693,
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            `continue-on-error: true` on a scanner step (CodeQL, Trivy, Semgrep, gitleaks, Checkov, `npm audit`, \
            infragate…) keeps the job green whatever the scan finds: the check shows as passed, branch protection \
            that requires it is satisfied, and nobody reads the log. Low: the scan still runs and reports where it \
            uploads results, but it no longer gates anything.
            """,
        recommendation: "Remove `continue-on-error`; tune the scanner instead (severity threshold, baseline, ignore file) so that a failure means something.",
        triggering: [
            RuleExample("""
                on: pull_request
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: aquasecurity/trivy-action@18f2510ee396bbf400402947b394f2dd8c87dbb0
                ↓        continue-on-error: true
                        with:
                          scan-type: fs
                      - name: Audit
                        run: npm audit --audit-level=high
                ↓        continue-on-error: true
                """, path: ".github/workflows/scan.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on: pull_request
                jobs:
                  scan:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: aquasecurity/trivy-action@18f2510ee396bbf400402947b394f2dd8c87dbb0
                        continue-on-error: false
                        with:
                          scan-type: fs
                      - name: Flaky integration tests
                        run: make integration
                        continue-on-error: true
                """, path: ".github/workflows/scan.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap(\.steps).compactMap { step in
            guard let entry = step.node.entry("continue-on-error"),
                  entry.value.bool == true || entry.value.string?.lowercased() == "true",
                  let scanner = Self.scanner(of: step) else { return nil }
            return Violation(line: entry.keyLine, message: "\(step.displayName) runs `\(scanner)` with `continue-on-error: true`, so its findings never fail the job.",
                             identity: "\(step.identity)|continue-on-error")
        }
    }

    private static func scanner(of step: WorkflowStep) -> String? {
        if let action = step.action, let known = scanningActions.first(where: { action == $0 || action.hasPrefix($0 + "/") }) { return known }
        guard let run = step.node["run"]?.scalar?.text else { return nil }
        for command in ShellScript.commands(in: run) {
            guard let program = command.programName else { continue }
            if scanningCommands.contains(program) { return program }
            if ["npm", "yarn", "pnpm"].contains(program), command.effectiveInvocation.dropFirst().first == "audit" { return "\(program) audit" }
        }
        return nil
    }
}

import InfragateParsers

/// No pipeline of the repository runs SAST, a dependency audit and a secret scan (opt-in).
struct PipelineWithoutSecurityScanning: Rule {
    static let id = "GITLAB-NO-SECURITY-SCANNING"

    let description = RuleDescription(
        id: PipelineWithoutSecurityScanning.id, title: "No security scanning in the repository's pipelines", severity: .medium, cwe: 693,
        owasp: "A06:2021 Vulnerable and Outdated Components",
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            The checklists expect every change to pass static analysis, a dependency audit and a secret scan \
            before it merges; without them a vulnerable library, an injectable query or a committed key reaches \
            production unseen. This is a finding about the repository, not one file: it holds when neither the \
            pipeline (`.gitlab-ci.yml` and the files it includes with `include: local:`) nor a workflow of \
            `.github/workflows/` runs a scanner of a kind, and it names the kinds missing. Recognised: GitLab's \
            SAST, SAST-IaC, Secret-Detection, Dependency-Scanning and Auto-DevOps templates (`Jobs/` and \
            `Security/`, `.latest` too) and the catalog's `sast`, `secret-detection` and `dependency-scanning` \
            components, the jobs they define (`sast`, `*-sast`, `secret_detection`, `dependency_scanning`, \
            `gemnasium-*`), and jobs whose script runs a scanner (Semgrep, Checkov, KICS, infragate, Trivy, Grype, \
            `npm audit`, `pip-audit`, `osv-scanner`, gitleaks, TruffleHog…). A template's kind does not count \
            when the pipeline sets its switch (`SAST_DISABLED: "true"`), nor does a job with `when: never`. \
            Reported once, in `.gitlab-ci.yml`, which is judged again whenever a file it includes changes. \
            Includes of other projects are not looked into. Opt-in (`rules: { \(PipelineWithoutSecurityScanning.id): on }`), \
            since many groups enforce scanning outside the project (a scan execution policy, a compliance \
            pipeline). Medium.
            """,
        recommendation: "Include `Jobs/SAST.gitlab-ci.yml`, `Jobs/Dependency-Scanning.gitlab-ci.yml` and `Jobs/Secret-Detection.gitlab-ci.yml` (or their components), or add jobs running a SAST tool, an auditor and gitleaks.",
        optIn: true,
        triggering: [
            RuleExample("""
                ↓stages: [test]
                test:
                  stage: test
                  script: npm ci && npm test
                """, path: ".gitlab-ci.yml"),
            // SAST switched off for the whole pipeline; the included file scans dependencies only.
            RuleExample("""
                ↓include:
                  - template: Jobs/SAST.gitlab-ci.yml
                  - template: Jobs/Secret-Detection.latest.gitlab-ci.yml
                  - local: ci/audit.yml
                variables:
                  SAST_DISABLED: "true"
                """, path: ".gitlab-ci.yml", neighbours: ["ci/audit.yml": """
                audit:
                  script: npm audit --audit-level=high
                """]),
            // A scanning file the pipeline does not include never runs.
            RuleExample("""
                ↓build:
                  script: make
                """, path: ".gitlab-ci.yml", neighbours: ["ci/scan.yml": """
                scan:
                  script: semgrep ci && osv-scanner -r . && gitleaks detect
                """]),
        ],
        nonTriggering: [
            RuleExample("""
                include:
                  - template: Jobs/SAST.gitlab-ci.yml
                  - template: Jobs/Dependency-Scanning.gitlab-ci.yml
                  - template: Jobs/Secret-Detection.gitlab-ci.yml
                variables:
                  SAST_DISABLED: "false"
                """, path: ".gitlab-ci.yml"),
            RuleExample("""
                include:
                  - component: $CI_SERVER_FQDN/components/sast/sast@2.0.2
                  - component: $CI_SERVER_FQDN/components/secret-detection/secret-detection@1.1.2
                  - local: ci/scan.yml
                """, path: ".gitlab-ci.yml", neighbours: ["ci/scan.yml": """
                osv:
                  image: ghcr.io/google/osv-scanner:v1.9.1
                  script: osv-scanner scan source -r .
                """]),
            // A scanner written in a template counts for the job that extends it.
            RuleExample("""
                .scan:
                  script:
                    - infragate check --format gitlab
                    - trivy fs --scanners vuln .
                gate:
                  extends: .scan
                """, path: ".gitlab-ci.yml"),
        ])

    func check(_ pipeline: Pipeline) -> [Violation] {
        guard let coverage = pipeline.repositoryScanning, !coverage.missing.isEmpty else { return [] }
        let missing = coverage.missing.map(\.name)
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
        return [Violation(line: pipeline.root.entries.first?.keyLine ?? 1,
                          message: "No pipeline or workflow of the repository runs \(list).",
                          identity: "repository|security-scanning")]
    }
}

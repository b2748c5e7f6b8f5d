import InfragateParsers

/// `allow_failure: true` on a scanner: its findings turn the pipeline yellow, never red.
struct SecurityJobAllowedToFail: Rule {
    let description = RuleDescription(
        id: "GITLAB-SECURITY-JOB-ALLOW-FAILURE", title: "Security scanning job allowed to fail", severity: .low, cwe: 693,
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            A scanning job (GitLab's SAST, secret detection or dependency scanning jobs, or a job running `gitleaks`, \
            `trivy`, `semgrep`, `checkov`, `npm audit`, infragate…) with `allow_failure: true` lets the pipeline pass \
            whatever it finds, and also when the scanner crashes and scans nothing. Low: GitLab's own templates do \
            this by default and rely on merge request approval policies instead; write `allow_failure: false` where \
            the scan is meant to block, and do not add `true` to a job that blocked before. Inherited `extends` \
            settings count.
            """,
        recommendation: "Set `allow_failure: false` on the scanning job (or remove the override), and gate merges with a security approval policy.",
        triggering: [RuleExample("""
            include:
              - template: Jobs/Secret-Detection.gitlab-ci.yml
            secret_detection:
            ↓  allow_failure: true
            .scan:
            ↓  allow_failure: true
            gitleaks:
              extends: .scan
              image: zricethezav/gitleaks:v8.21.2
              script: gitleaks detect --source . --verbose
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            include:
              - template: Jobs/Secret-Detection.gitlab-ci.yml
            secret_detection:
              allow_failure: false
            lint:
              allow_failure: true
              script: npm run lint
            gitleaks:
              image: zricethezav/gitleaks:v8.21.2
              script: gitleaks detect --source . --verbose
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard !scope.isHidden, let scan = pipeline.securityScan(of: scope), let setting = scope.node.entry("allow_failure"),
                  setting.value.bool == true else { return nil }
            return Violation(line: setting.keyLine, message: "\(scope.name) runs \(scan.scanner) with `allow_failure: true`: what it finds never fails the pipeline.",
                             identity: "\(scope.identity)|allow_failure")
        }
    }
}

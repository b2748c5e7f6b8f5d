import InfragateParsers

/// `secret_detection: { rules: [{ when: never }] }`: the template's job is overridden so it never runs.
struct SecurityJobNeverRuns: Rule {
    let description = RuleDescription(
        id: "GITLAB-SECURITY-JOB-NEVER-RUNS", title: "Security scanning job overridden so that it never runs", severity: .medium, cwe: 693,
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            Overriding a scanning job (GitLab's template jobs `sast`, `secret_detection`, `dependency_scanning`, \
            `*-sast`…, or a job running a known scanner) with `when: never`, or with `rules:` whose every entry is \
            `when: never`, removes the scan as surely as `SAST_DISABLED`, without the variable a reviewer would look \
            for. Medium.
            """,
        recommendation: "Remove the override; to skip paths, use the scanner's exclusion settings (`SAST_EXCLUDED_PATHS`, `SECRET_DETECTION_EXCLUDED_PATHS`).",
        triggering: [RuleExample("""
            include:
              - template: Jobs/Secret-Detection.gitlab-ci.yml
              - template: Jobs/SAST.gitlab-ci.yml
            secret_detection:
              rules:
            ↓    - when: never
            semgrep-sast:
            ↓  when: never
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            include:
              - template: Jobs/Secret-Detection.gitlab-ci.yml
            secret_detection:
              rules:
                - if: $CI_COMMIT_BRANCH == "docs-only"
                  when: never
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            cleanup:
              when: never
              script: ./cleanup.sh
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard !scope.isHidden, let scan = pipeline.securityScan(of: scope) else { return nil }
            let line: Int
            if let when = scope.node.entry("when"), when.value.string == "never" {
                line = when.keyLine
            } else if let rules = scope.node["rules"]?.items, let first = rules.first,
                      rules.allSatisfy({ $0["when"]?.string == "never" }) {
                line = first.line
            } else {
                return nil
            }
            return Violation(line: line, message: "\(scope.name) (\(scan.scanner)) is overridden with `when: never`, so the scan never runs.",
                             identity: "\(scope.identity)|never")
        }
    }
}

import InfragateParsers

/// `GIT_STRATEGY: none` on a source scanner: the job starts in an empty directory and finds nothing.
struct SecurityJobWithoutSource: Rule {
    let description = RuleDescription(
        id: "GITLAB-SECURITY-JOB-WITHOUT-SOURCE", title: "Source scanner runs without the source", severity: .medium, cwe: 693,
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            With `GIT_STRATEGY: none` the runner does not fetch the repository, so a SAST, secret-detection, \
            dependency or IaC scan (or a job running `gitleaks`, `semgrep`, `checkov`, infragate…) scans an empty \
            directory and reports success. Set for the whole pipeline, it reaches every scanner that does not set its \
            own. Medium: the scan looks green and covers nothing. Container scanning and DAST, which scan an image or \
            a running application, legitimately skip the clone and are not reported.
            """,
        recommendation: "Remove `GIT_STRATEGY: none` from the scanning job (or set `GIT_STRATEGY: fetch` on it when the pipeline default is `none`).",
        triggering: [RuleExample("""
            include:
              - template: Jobs/SAST.gitlab-ci.yml
            semgrep-sast:
              variables:
            ↓    GIT_STRATEGY: none
            variables:
            ↓  GIT_STRATEGY: none
            gitleaks:
              script: gitleaks detect --source .
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            include:
              - template: Jobs/SAST.gitlab-ci.yml
            variables:
              GIT_STRATEGY: none
            semgrep-sast:
              variables:
                GIT_STRATEGY: fetch
            container_scanning:
              variables:
                GIT_STRATEGY: none
            notify:
              script: ./notify.sh
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        let global = pipeline.scopes.first { !$0.isJob && $0.identity == "pipeline" }?.variables.first { $0.name == "GIT_STRATEGY" }
        return pipeline.scopes.compactMap { scope in
            guard !scope.isHidden, let scan = pipeline.securityScan(of: scope), scan.readsSource else { return nil }
            let inheritsGlobal = scope.node["inherit"]?["variables"]?.bool != false
            guard let strategy = scope.variables.first(where: { $0.name == "GIT_STRATEGY" }) ?? (inheritsGlobal ? global : nil),
                  strategy.value?.string?.lowercased() == "none" else { return nil }
            return Violation(line: strategy.line, message: "\(scope.name) runs \(scan.scanner) with `GIT_STRATEGY: none`: there is no source to scan.",
                             identity: "\(scope.identity)|GIT_STRATEGY")
        }
    }
}

import InfragateParsers

/// A production deployment job that runs in merge request pipelines: unmerged, unreviewed code
/// deploys with the production environment's credentials.
struct ProductionFromMergeRequest: Rule {
    let description = RuleDescription(
        id: "GITLAB-PRODUCTION-FROM-MERGE-REQUEST", title: "Production deployment runs in merge request pipelines", severity: .high, cwe: 284,
        checklist: "CI/CD › Approval for production deploys",
        rationale: """
            A job whose `environment` is production (`production`, `prod`, `live`, `production/<region>`) and whose \
            `rules` run it for `$CI_PIPELINE_SOURCE == "merge_request_event"` (or `only: [merge_requests]`) deploys \
            the merge request's code, before review and merge, with the production environment's variables and \
            credentials: anyone who can open a merge request from a branch of the project deploys what they like. \
            High. Inherited `extends` settings count; a `when: manual` does not help, since the author can press it.
            """,
        recommendation: "Run production deployments only for the default branch or tags (`if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH`), after merge, and deploy merge requests to review environments.",
        triggering: [RuleExample("""
            deploy:
              script: ./deploy.sh
              environment: production
              rules:
            ↓    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            deploy-eu:
              script: ./deploy.sh eu
              environment:
                name: production/eu
              only:
            ↓    - merge_requests
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            deploy:
              script: ./deploy.sh
              environment: production
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                  when: never
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            review:
              script: ./deploy.sh review
              environment: review/$CI_COMMIT_REF_SLUG
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard scope.isJob, !scope.isHidden, let environment = ProductionWithoutApproval.productionEnvironment(of: scope.node),
                  let line = Self.mergeRequestTrigger(in: scope.node) else { return nil }
            return Violation(line: line, message: "\(scope.name) deploys to `\(environment)` in merge request pipelines.",
                             identity: "\(scope.identity)|merge-request")
        }
    }

    /// The line of the first `rules:` entry that runs the job for merge requests, or of `only: merge_requests`.
    private static func mergeRequestTrigger(in job: YAMLNode) -> Int? {
        if let rule = (job["rules"]?.items ?? []).first(where: { rule in
            rule["when"]?.string != "never" && (rule["if"]?.string ?? "").contains("merge_request_event")
        }) {
            return rule.line
        }
        let only = job["only"].map { $0.items.isEmpty ? ($0["refs"]?.items ?? []) : $0.items } ?? []
        return only.first { $0.string == "merge_requests" }?.line
    }
}

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
            High. Inherited `extends` settings count; a `when: manual` does not help, since the author can press it. \
            `rules:` are read as GitLab reads them: the first entry that matches decides, so a `when: never` for merge \
            requests before it, or a condition such as `$CI_PIPELINE_SOURCE != "merge_request_event"`, keeps the job out; \
            limiting it to merge requests from this project does not, since their branches are unreviewed too.
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
            deploy-ap:
              script: ./deploy.sh ap
              environment: production/ap
              rules:
                - if: $CI_PIPELINE_SOURCE == "schedule"
                  when: never
            ↓    - if: $CI_MERGE_REQUEST_IID && $CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            deploy:
              script: ./deploy.sh
              environment: production
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                  when: never
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            deploy-eu:
              script: ./deploy.sh eu
              environment:
                name: production/eu
              rules:
                - if: $CI_PIPELINE_SOURCE != "merge_request_event" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            deploy-us:
              script: ./deploy.sh us
              environment: production/us
              rules:
                - if: '$CI_PIPELINE_SOURCE != "merge_request_event"'
                - if: $CI_MERGE_REQUEST_IID == null && $CI_COMMIT_TAG
            review:
              script: ./deploy.sh review
              environment: review/$CI_COMMIT_REF_SLUG
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard scope.isJob, !scope.isHidden, let environment = ProductionWithoutApproval.productionEnvironment(of: scope.node),
                  let line = MergeRequestPipelines.mergeRequestTrigger(of: scope.node, in: pipeline) else { return nil }
            return Violation(line: line, message: "\(scope.name) deploys to `\(environment)` in merge request pipelines.",
                             identity: "\(scope.identity)|merge-request")
        }
    }
}

import InfragateParsers

/// A job that a fork's merge request can run, holding credentials: `secrets:` fetched from a vault,
/// `id_tokens:` for cloud or vault login, or the job token used to push.
struct MergeRequestCredentials: Rule {
    let description = RuleDescription(
        id: "GITLAB-MERGE-REQUEST-CREDENTIALS", title: "Fork merge request pipeline job receives credentials", severity: .high, cwe: 863,
        owasp: "A01:2021 Broken Access Control",
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            A job whose `rules` run it for `$CI_PIPELINE_SOURCE == "merge_request_event"` (or `$CI_MERGE_REQUEST_IID`, \
            `only: [merge_requests]`) without limiting it to merge requests of this project runs the merge request's \
            code, including a fork's, once its pipeline runs in this project. If that job fetches `secrets:` from a \
            vault, requests `id_tokens:` (whose claims a cloud role trusting the project path accepts) or pushes \
            with `$CI_JOB_TOKEN`, the fork's author changes the script and takes them. High. Inherited `extends` \
            settings count; a catch-all rule counts when `workflow:rules` create merge request pipelines. Not \
            reported when the rule also tests `$CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID`, or an \
            earlier `when: never` stops forks.
            """,
        recommendation: "Give merge request jobs no credentials; run jobs with `secrets:`, `id_tokens:` or pushes only for protected branches and tags, or add `$CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID` to their merge request rule, and bind vault and cloud roles to `ref_protected`.",
        triggering: [RuleExample("""
            integration:
              script: ./integration-tests.sh
              secrets:
                DATABASE_PASSWORD:
                  vault: ci/db/password@secrets
              rules:
            ↓    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            .mr-only:
              rules:
            ↓    - if: '$CI_MERGE_REQUEST_IID'
            plan:
              extends: .mr-only
              id_tokens:
                AWS_ID_TOKEN:
                  aud: sts.amazonaws.com
              script: terraform plan
            bump:
              script:
                - git push "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/$CI_PROJECT_PATH.git" HEAD:main
              only:
            ↓    - merge_requests
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            integration:
              script: ./integration-tests.sh
              secrets:
                DATABASE_PASSWORD:
                  vault: ci/db/password@secrets
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event" && $CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            plan:
              id_tokens:
                AWS_ID_TOKEN:
                  aud: sts.amazonaws.com
              script: terraform plan
              rules:
                - if: $CI_MERGE_REQUEST_SOURCE_PROJECT_ID != $CI_PROJECT_ID
                  when: never
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            lint:
              script: make lint
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            deploy:
              id_tokens:
                AWS_ID_TOKEN:
                  aud: sts.amazonaws.com
              script: ./deploy.sh
              rules:
                - if: $CI_PIPELINE_SOURCE != "merge_request_event" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard scope.isJob, !scope.isHidden, let line = MergeRequestPipelines.forkTrigger(of: scope.node, in: pipeline) else { return nil }
            var held: [String] = []
            if !(scope.node["secrets"]?.entries.isEmpty ?? true) { held.append("`secrets:`") }
            if !(scope.node["id_tokens"]?.entries.isEmpty ?? true) { held.append("`id_tokens:`") }
            if Self.pushesWithJobToken(scope.node) { held.append("a `git push` with `$CI_JOB_TOKEN`") }
            guard !held.isEmpty else { return nil }
            return Violation(line: line, message: "\(scope.name) runs for merge requests from forks with \(held.joined(separator: ", ")).",
                             identity: "\(scope.identity)|fork-credentials")
        }
    }

    /// A `git push` in a job whose scripts (inherited ones included) name the job token, in the
    /// push URL or in a remote they set up.
    private static func pushesWithJobToken(_ job: YAMLNode) -> Bool {
        let scripts = ["before_script", "script", "after_script"].compactMap { job[$0] }
            .flatMap { $0.scalar != nil ? [$0] : $0.items.flatMap { $0.isSequence ? $0.items : [$0] } }
            .compactMap(\.string)
        return scripts.contains { $0.contains("CI_JOB_TOKEN") } && scripts.contains { script in
            ShellScript.commands(in: script).contains { $0.programName == "git" && $0.words.contains("push") }
        }
    }
}

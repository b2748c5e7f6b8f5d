import InfragateParsers

/// `trigger: { forward: { pipeline_variables: true } }`: whoever starts this pipeline with
/// variables sets them in the downstream one too.
struct TriggerForwardsPipelineVariables: Rule {
    let description = RuleDescription(
        id: "GITLAB-TRIGGER-FORWARDS-VARIABLES", title: "Downstream pipeline receives the caller's pipeline variables", severity: .medium, cwe: 15,
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            Pipeline variables are set by whoever runs the pipeline: a trigger token, the API, a schedule, the \
            Run pipeline form. With `forward: pipeline_variables: true` they are passed to the downstream pipeline, \
            often another project's deployment pipeline, where they override its own variables (`DEPLOY_TARGET`, \
            `IMAGE`, `DOCKER_AUTH_CONFIG`, a script's input). Medium; not reported when the job only runs for \
            protected refs (`$CI_COMMIT_REF_PROTECTED == "true"`, the default branch, tags), which only maintainers \
            can run pipelines for.
            """,
        recommendation: "Pass the downstream pipeline the few values it needs through the trigger job's own `variables:` and leave `pipeline_variables` false; restrict the trigger job to protected refs.",
        triggering: [RuleExample("""
            deploy:
              trigger:
                project: ops/deployments
            ↓    forward:
                  pipeline_variables: true
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            deploy:
              variables:
                IMAGE_TAG: $CI_COMMIT_SHORT_SHA
              trigger:
                project: ops/deployments
                forward:
                  pipeline_variables: false
            release:
              trigger:
                project: ops/deployments
                forward:
                  pipeline_variables: true
              rules:
                - if: $CI_COMMIT_REF_PROTECTED == "true"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.compactMap { scope in
            guard scope.isJob, !scope.isHidden, let trigger = scope.node["trigger"], let forward = trigger.entry("forward"),
                  forward.value["pipeline_variables"]?.bool == true, !Self.runsOnlyForProtectedRefs(scope.node) else { return nil }
            let downstream = trigger["project"]?.string.map { " `\($0)`" } ?? ""
            return Violation(line: forward.keyLine, message: "\(scope.name) forwards its pipeline variables to the downstream pipeline\(downstream).",
                             identity: "\(scope.identity)|trigger.forward")
        }
    }

    /// Every rule that runs the job names a protected ref, or `only:` lists only the default branches and tags.
    private static func runsOnlyForProtectedRefs(_ job: YAMLNode) -> Bool {
        let protectedConditions = ["$CI_COMMIT_REF_PROTECTED", "$CI_DEFAULT_BRANCH", "$CI_COMMIT_TAG"]
        if let rules = job["rules"]?.items, !rules.isEmpty {
            let running = rules.filter { $0["when"]?.string != "never" }
            return !running.isEmpty && running.allSatisfy { rule in
                guard let condition = rule["if"]?.string, !condition.contains("merge_request") else { return false }
                return protectedConditions.contains(where: condition.contains)
            }
        }
        let only = job["only"].map { $0.items.isEmpty ? ($0["refs"]?.items ?? []) : $0.items } ?? []
        let refs = only.compactMap(\.string)
        return !refs.isEmpty && refs.allSatisfy { ["main", "master", "tags"].contains($0) }
    }
}

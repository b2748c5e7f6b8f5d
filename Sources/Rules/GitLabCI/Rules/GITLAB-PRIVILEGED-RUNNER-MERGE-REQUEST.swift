import InfragateParsers

/// A job that a fork's merge request can run, sent to a privileged, shell or deployment runner:
/// the merge request's author runs code on that runner host.
struct PrivilegedRunnerForMergeRequest: Rule {
    /// Words of runner tags that name runners with host access or deployment rights
    /// (`privileged`, `docker-privileged`, `shell`, `dind`, `prod-deploy`).
    private static let privilegedTagWords: Set<String> = ["privileged", "dind", "shell", "root", "baremetal", "deploy", "deployer", "prod", "production"]

    let description = RuleDescription(
        id: "GITLAB-PRIVILEGED-RUNNER-MERGE-REQUEST", title: "Merge request pipeline job runs on a privileged runner", severity: .high, cwe: 250,
        checklist: "CI/CD › Builds run without privileged containers",
        rationale: """
            Runner `tags:` choose the runner. A job that merge requests from forks can run (`merge_request_event` \
            rules not limited to this project, `only: [merge_requests]`) and whose tags name a privileged, shell, \
            Docker-in-Docker or deployment runner (`privileged`, `docker-privileged`, `shell`, `dind`, \
            `prod-deploy`), or that starts a `docker:dind` service (which only privileged runners allow), runs the \
            merge request's code where it can take over the runner host: the other projects' jobs and the \
            credentials that pass through it, and a deployment runner's own cloud role. High. Inherited `extends` \
            settings count.
            """,
        recommendation: "Run merge request jobs on unprivileged, ephemeral runners (`tags: [docker]`, autoscaled instances), keep privileged and deployment runners for protected branches and tags, and build images without a daemon (Kaniko, Buildah).",
        subsumes: ["GITLAB-DIND-PRIVILEGED"],
        triggering: [RuleExample("""
            test:
              script: make test
              tags:
            ↓    - docker-privileged
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            build-image:
              services:
            ↓    - docker:27.3-dind
              script: docker build -t app .
              only:
                - merge_requests
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            test:
              script: make test
              tags:
                - docker
                - linux
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            build-image:
              services:
                - docker:27.3-dind
              tags:
                - docker-privileged
              script: docker build -t app .
              rules:
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
            mr-image:
              image:
                name: gcr.io/kaniko-project/executor:v1.23.2-debug
                entrypoint: [""]
              script: /kaniko/executor --context . --no-push
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            guard scope.isJob, !scope.isHidden, MergeRequestPipelines.forkTrigger(of: scope.node, in: pipeline) != nil else { return [] }
            let tags = (scope.node["tags"]?.items ?? []).compactMap { tag in
                tag.string.flatMap { Self.isPrivileged(tag: $0) ? Violation(
                    line: tag.line, message: "\(scope.name) runs for merge requests from forks on runners tagged `\($0)`.",
                    identity: "\(scope.identity)|tag:\($0)") : nil }
            }
            let services = scope.services.filter(\.isDockerInDocker).map { service in
                Violation(line: service.line, message: "\(scope.name) runs for merge requests from forks with `\(service.reference)`, which requires a privileged runner.",
                          identity: "\(scope.identity)|service:\(service.parsed.repository)")
            }
            return tags + services
        }
    }

    private static func isPrivileged(tag: String) -> Bool {
        tag.lowercased().split { !$0.isLetter && !$0.isNumber }.contains { privilegedTagWords.contains(String($0)) }
    }
}

import InfragateParsers

/// `docker:dind` only works on a runner with `privileged = true`: the job can take over the runner host.
struct DockerInDockerService: Rule {
    let description = RuleDescription(
        id: "GITLAB-DIND-PRIVILEGED", title: "Docker-in-Docker service needs a privileged runner", severity: .low, cwe: 250,
        checklist: "CI/CD › Builds run without privileged containers",
        rationale: """
            The `docker:dind` service starts its own Docker daemon, which GitLab runners only allow in `privileged` \
            mode. A privileged container can mount the host's disks and load kernel modules, so every job on that \
            runner, including merge request pipelines, can take over the runner host and whatever other projects' \
            jobs and credentials pass through it. Low: the privilege is granted in the runner's configuration, not \
            here; this marks the pipelines that depend on it.
            """,
        recommendation: "Build images without a daemon (Kaniko, BuildKit rootless, Buildah), or keep Docker-in-Docker on a dedicated runner that runs only trusted branches.",
        triggering: [RuleExample("""
            build:
              image: docker:27.3
              services:
            ↓    - docker:27.3-dind
              script: docker build -t app .
            publish:
              services:
            ↓    - name: docker:dind
                  alias: docker
              script: docker push app
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              image:
                name: gcr.io/kaniko-project/executor:v1.23.2-debug
                entrypoint: [""]
              services:
                - postgres:16.4
              script: /kaniko/executor --context . --no-push
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope in
            scope.services.filter(\.isDockerInDocker).map { service in
                Violation(line: service.line, message: "\(scope.name) runs `\(service.reference)`, which requires a privileged runner.",
                          identity: "\(scope.identity)|service:\(service.parsed.repository)")
            }
        }
    }
}

import InfragateParsers

extension PipelineFloatingImage {
    static let service = PipelineFloatingImage(role: .service, description: RuleDescription(
        id: "GITLAB-SERVICE-IMAGE-LATEST", title: "Service image uses `latest` or no tag", severity: .medium, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Build images pinned to a version or digest",
        rationale: """
            A service container (`docker:dind`, `postgres`) runs next to the job on the same network, and `docker:dind` \
            runs privileged: an untagged or `:latest` service image is code that changes under the pipeline, with the \
            same reach as the job's own image. Medium.
            """,
        recommendation: "Pin a version tag, ideally with its digest: `services: [docker:27.3-dind]`.",
        triggering: [RuleExample("""
            services:
            ↓  - redis
            test:
              services:
            ↓    - name: postgres:latest
                  alias: db
                - docker:27.3-dind
              script: make test
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            test:
              services:
                - name: postgres:16.4
                  alias: db
                - docker:27.3-dind
              script: make test
            """, path: ".gitlab-ci.yml")]))
}

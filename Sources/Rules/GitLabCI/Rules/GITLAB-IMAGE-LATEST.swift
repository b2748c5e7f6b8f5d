import InfragateParsers

extension PipelineFloatingImage {
    static let jobImage = PipelineFloatingImage(role: .jobImage, description: RuleDescription(
        id: "GITLAB-IMAGE-LATEST", title: "Job image uses `latest` or no tag", severity: .medium, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Build images pinned to a version or digest",
        rationale: """
            An untagged or `:latest` image changes under the pipeline: the next job runs whatever was pushed last, \
            with the job's token and CI/CD variables, and a build that passed yesterday cannot be reproduced. A \
            poisoned push to the image becomes code execution in every pipeline. Medium.
            """,
        recommendation: "Pin a version tag, ideally with its digest: `image: node:20.17-alpine@sha256:…`.",
        triggering: [RuleExample("""
            ↓image: node
            build:
            ↓  image: python:latest
              script: make
            lint:
              image:
            ↓    name: registry.example.com/tools/linter
                entrypoint: [""]
              script: lint
            deploy:
            ↓  image: $CI_REGISTRY/tools/deployer:latest
              script: deploy
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            default:
              image: node:20.17-alpine
            build:
              image: python:3.12@sha256:fff226bdf9ebcc08db47fb90ee144dd770120b35c2b1cbbb46e932a650cfe232
              script: make
            release:
              image: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
              script: release
            # Variables and placeholders name an image decided elsewhere.
            package:
              image: ${BUILDER_IMAGE}
              script: package
            docs:
              image: <your-docs-image>
              script: docs
            """, path: ".gitlab-ci.yml")]))
}

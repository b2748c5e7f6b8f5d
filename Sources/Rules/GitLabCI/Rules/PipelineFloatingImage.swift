import InfragateParsers

/// `:latest` or no tag: the job runs whatever was pushed last. One check for job images and for services.
struct PipelineFloatingImage: Rule {
    private enum Role { case jobImage, service }

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
            """, path: ".gitlab-ci.yml")]))

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

    private let role: Role
    let description: RuleDescription

    private init(role: Role, description: RuleDescription) {
        self.role = role
        self.description = description
    }

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            let images = role == .jobImage ? (scope.image.map { [$0] } ?? []) : scope.services
            return images.filter(Self.isFloating).map { image in
                let kind = role == .jobImage ? "image" : "service"
                return Violation(line: image.line, message: "\(scope.name) uses floating \(kind) `\(image.reference)`.",
                                 identity: "\(scope.identity)|\(kind):\(image.parsed.repository)")
            }
        }
    }

    /// Untagged or `latest`; a reference built from variables (`$CI_REGISTRY_IMAGE:$TAG`) is judged only by an explicit `latest`.
    private static func isFloating(_ image: PipelineScope.Image) -> Bool {
        let parsed = image.parsed
        guard parsed.isFloating else { return false }
        return !image.reference.contains("$") || parsed.tag == "latest"
    }
}

import InfragateParsers

/// `FROM python:3.12-slim`: a version tag, but tags can be re-pushed.
struct BaseImageWithoutDigest: Rule {
    let description = RuleDescription(
        id: "DOCKER-IMAGE-NO-DIGEST", title: "Base image is not pinned by digest", severity: .info, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Container security › Base image pinned by digest",
        rationale: """
            A version tag is a name, not content: publishers re-push tags for patch releases, and whoever controls \
            the repository can point it at anything. Only `@sha256:` pins the exact bytes. Info, because pinning by \
            digest also means owning the update process (e.g. Renovate or Dependabot); untagged and `latest` images \
            are reported once, by DOCKER-IMAGE-NO-TAG and DOCKER-IMAGE-LATEST-TAG, which subsume this rule.
            """,
        recommendation: "Append the digest to the tag, e.g. `FROM python:3.12-slim@sha256:…`, and let a bot keep it current.",
        triggering: [
            "↓FROM python:3.12-slim\nCOPY app.py /app/",
            "↓FROM golang:1.22 AS build\nRUN go build -o /app\n↓FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app",
        ],
        nonTriggering: [
            "FROM python:3.12-slim@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5",
            "FROM scratch\nCOPY app /app",
            "FROM ubuntu\nRUN true",
            "FROM ubuntu:latest\nRUN true",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.imageStages.compactMap { stage, image in
            guard image.digest == nil else { return nil }
            return Violation(
                line: stage.from.line, endLine: stage.from.endLine,
                message: "Base image `\(image.text)` is pinned by tag only, not by `@sha256:` digest",
                identity: stage.identity("FROM \(image.text)"))
        }
    }
}

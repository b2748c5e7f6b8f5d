import InfragateParsers

/// `FROM ubuntu`: no tag means whatever `latest` points to on the day of the build.
struct BaseImageWithoutTag: Rule {
    let description = RuleDescription(
        id: "DOCKER-IMAGE-NO-TAG", title: "Base image has no tag", severity: .medium, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Container security › Base image pinned to a version",
        rationale: """
            Without a tag Docker pulls `latest`, which moves: two builds of the same commit can ship different \
            operating systems, libraries and vulnerabilities, and a compromised or broken upstream push reaches the \
            image unreviewed. Medium: it is a supply-chain and reproducibility risk, not a direct exposure. \
            `ARG` values are substituted before judging; a `FROM` naming an earlier stage, `scratch`, a digest, or a \
            variable whose value the file does not give is not reported.
            """,
        recommendation: "Name an explicit version tag, e.g. `FROM ubuntu:24.04`, and preferably a digest: `FROM ubuntu:24.04@sha256:…`.",
        equivalents: [.hadolint("DL3006"), .trivy("AVD-DS-0001"), .kics("Image Version Not Explicit")],
        // Such an image has no digest either: one finding, this one.
        subsumes: ["DOCKER-IMAGE-NO-DIGEST"],
        triggering: [
            "↓FROM ubuntu\nRUN echo hello",
            "ARG BASE=debian\n↓FROM $BASE AS build\nRUN make\n↓FROM alpine\nCOPY --from=build /out /out",
            "↓FROM --platform=$BUILDPLATFORM golang AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app",
            "↓FROM registry.example.com:5000/team/base\nRUN true",
        ],
        nonTriggering: [
            "FROM ubuntu:24.04\nRUN echo hello",
            "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM build\nRUN /app --self-test",
            "FROM scratch\nCOPY app /app",
            "ARG TAG\nFROM ubuntu:$TAG",
            "FROM alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5",
            "ARG VERSION=3.20\nFROM alpine:${VERSION}",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.imageStages.compactMap { stage, image in
            guard image.tag == nil, image.digest == nil else { return nil }
            return Violation(
                line: stage.from.line, endLine: stage.from.endLine,
                message: "Base image `\(image.text)` has no tag, so every build pulls whatever `latest` is that day",
                identity: stage.identity("FROM \(image.text)"))
        }
    }
}

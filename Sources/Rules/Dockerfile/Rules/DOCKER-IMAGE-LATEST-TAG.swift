import InfragateParsers

/// `FROM node:latest`: a tag that is rewritten by every upstream release.
struct BaseImageLatestTag: Rule {
    let description = RuleDescription(
        id: "DOCKER-IMAGE-LATEST-TAG", title: "Base image uses the `latest` tag", severity: .medium, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Container security › Base image pinned to a version",
        rationale: """
            `latest` is re-pointed at every upstream release, so the base of the image changes without any change \
            in the repository: builds stop being reproducible and an unreviewed upstream change (or a compromised \
            push) flows straight into production. Medium, like a missing tag. A digest after the tag \
            (`:latest@sha256:…`) pins the content and is not reported.
            """,
        recommendation: "Replace `latest` with a version tag such as `node:20.15-alpine3.20`, ideally with its `@sha256:` digest.",
        equivalents: [.hadolint("DL3007"), .checkov("CKV_DOCKER_7"), .trivy("AVD-DS-0001"), .kics("Image Version Using 'latest'")],
        // Such an image has no digest either: one finding, this one.
        subsumes: ["DOCKER-IMAGE-NO-DIGEST"],
        triggering: [
            "↓FROM ubuntu:latest\nRUN echo hello",
            "ARG TAG=latest\n↓FROM node:${TAG}\nCMD [\"node\"]",
            "ARG IMAGE\n↓FROM ${IMAGE:-ubuntu}:latest",
            "↓FROM \"ubuntu:lat\"est",
            "FROM golang:1.22 AS build\nRUN go build -o /app\n↓FROM alpine:LATEST\nCOPY --from=build /app /app",
        ],
        nonTriggering: [
            "FROM ubuntu:24.04",
            "FROM ubuntu:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5",
            "ARG TAG\nFROM node:${TAG:-20}",
            "ARG IMAGE=alpine\nFROM ${IMAGE:-ubuntu}:3.20",
            "FROM latest:1.0\nRUN true",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.imageStages.compactMap { stage, image in
            guard image.tag?.lowercased() == "latest", image.digest == nil else { return nil }
            return Violation(
                line: stage.from.line, endLine: stage.from.endLine,
                message: "Base image `\(image.text)` uses the mutable `latest` tag",
                identity: stage.identity("FROM \(image.text)"))
        }
    }
}

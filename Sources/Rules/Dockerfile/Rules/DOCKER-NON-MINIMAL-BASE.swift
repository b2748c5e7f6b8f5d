import InfragateParsers

/// `FROM python:3.12` for the shipped image, where `-slim`, `-alpine` or distroless exist.
struct NonMinimalBaseImage: Rule {
    let description = RuleDescription(
        id: "DOCKER-NON-MINIMAL-BASE", title: "Final image built on a full distribution image", severity: .info, cwe: 1395,
        owasp: "A06:2021 Vulnerable and Outdated Components",
        checklist: "Container security › Minimal base image",
        rationale: """
            Full images such as `ubuntu`, `debian`, `node`, `python` or `golang` carry compilers, shells and \
            hundreds of packages the application never uses; each one adds CVEs to triage and tools for an \
            attacker. Info: a size and attack-surface improvement, not a vulnerability. Only the image the final \
            stage is built on is judged (builder stages may be as big as they like); tags containing `slim`, \
            `alpine`, `minimal`, `chiseled` or `distroless` are considered minimal. An image that is itself a build \
            environment (a last stage named `builder`, `dev` or `test`; a toolchain image given no `CMD` or \
            `ENTRYPOINT`; an ISO builder) needs its full base and is not reported.
            """,
        recommendation: "Use a `-slim` or `-alpine` variant, or a multi-stage build whose final stage is distroless or `scratch`.",
        triggering: [
            "↓FROM python:3.12\nCOPY app.py /app/",
            "↓FROM node:20 AS base\nWORKDIR /app\nFROM base\nCMD [\"node\", \"server.js\"]",
            "FROM golang:1.22 AS build\nRUN go build -o /app\n↓FROM docker.io/library/ubuntu:24.04\nCOPY --from=build /app /app",
        ],
        nonTriggering: [
            "FROM python:3.12-slim\nCOPY app.py /app/",
            "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app",
            "FROM node:20-alpine",
            "FROM scratch\nCOPY app /app",
            // Build environments: the toolchain image is what is being built.
            "FROM maven:3.9-eclipse-temurin-21\nCOPY settings.xml /root/.m2/settings.xml",
            "FROM debian:12 AS iso-builder\nRUN apt-get update && apt-get install -y --no-install-recommends live-build && rm -rf /var/lib/apt/lists/*",
        ])

    private static let fullImages: Set<String> = [
        "ubuntu", "debian", "centos", "fedora", "node", "python", "golang", "openjdk", "ruby", "php", "rust", "perl",
        "buildpack-deps", "maven", "gradle",
    ]
    private static let minimalMarkers = ["slim", "alpine", "minimal", "chiseled", "distroless", "micro"]

    func check(_ build: DockerBuild) -> [Violation] {
        guard !build.dockerfile.shipsBuildEnvironment, let root = build.dockerfile.shippedStages.last, case .image(let image) = root.base,
              let name = image.dockerHubOfficialName, Self.fullImages.contains(name)
        else { return [] }
        let tag = image.tag?.lowercased() ?? ""
        guard !Self.minimalMarkers.contains(where: tag.contains) else { return [] }
        return [Violation(
            line: root.from.line, endLine: root.from.endLine,
            message: "The final image is built on the full `\(image.text)` image; a slim, alpine or distroless base ships far fewer packages",
            identity: root.identity("FROM \(name)"))]
    }
}

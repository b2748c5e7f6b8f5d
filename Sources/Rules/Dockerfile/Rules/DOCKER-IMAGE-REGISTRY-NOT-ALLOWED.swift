import InfragateParsers

/// A base image, or an image `COPY --from` or `RUN --mount=from=` reads, from a registry the
/// policy does not list (`images.allowed_registries`).
struct ImageRegistryNotAllowedInBuild: Rule {
    let description = RuleDescription(
        id: "DOCKER-IMAGE-REGISTRY-NOT-ALLOWED", title: "Build pulls an image from a registry the policy does not allow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Container security › Base images only from approved registries",
        rationale: """
            Whatever a registry outside the organisation's control serves becomes part of the image: its base \
            layers, or the files `COPY --from=<image>` and `RUN --mount=from=<image>` take from it. High, because the \
            policy asked for the list; silent unless the trusted policy sets `images.allowed_registries`. `ARG` \
            defaults are substituted first; registries are read with the Docker reference grammar (`ubuntu` is \
            `docker.io/library/ubuntu`); earlier stages, `scratch` and images named by a variable the file gives no \
            value are not judged.
            """,
        recommendation: "Build from an allowed registry (a mirror or pull-through cache of the upstream), or have the policy owners add the registry to `images.allowed_registries`.",
        triggering: [
            RuleExample("↓FROM bitnami/python:3.12\nRUN true", parameters: .exampleRegistryAllowlist),
            RuleExample("ARG BASE=quay.io/centos/centos:stream9\n↓FROM ${BASE} AS build\nRUN make\nFROM registry.example.com/base:1\n↓COPY --from=ghcr.io/evil/tools:1 /bin/tool /bin/tool\nCOPY --from=build /out /out", parameters: .exampleRegistryAllowlist),
            RuleExample("FROM registry.example.com/base:1\n↓RUN --mount=type=bind,from=gcr.io/evil/sdk:1,target=/sdk /sdk/install", parameters: .exampleRegistryAllowlist),
        ],
        nonTriggering: [
            RuleExample("FROM ubuntu:24.04 AS build\nRUN make\nFROM REGISTRY.EXAMPLE.COM:443/base:1\nCOPY --from=build /out /out\nCOPY --from=0 /etc/passwd /etc/passwd\nCOPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox", parameters: .exampleRegistryAllowlist),
            RuleExample("ARG BASE\nFROM ${BASE}\nRUN --mount=type=bind,from=registry.example.com/sdk:1,target=/sdk /sdk/install", parameters: .exampleRegistryAllowlist),
            RuleExample("FROM scratch\nCOPY app /app", parameters: .exampleRegistryAllowlist),
            // Without `images.allowed_registries` in the policy any registry is allowed.
            "FROM quay.io/centos/centos:stream9\nRUN true",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        guard let allowlist = build.parameters.allowedRegistries else { return [] }
        let dockerfile = build.dockerfile
        var found: [Violation] = []
        func judge(_ image: String, at instruction: Instruction, in stage: Stage, what: String) {
            guard let source = ImageSource(reference: image), !allowlist.allows(source) else { return }
            found.append(Violation(
                line: instruction.line, endLine: instruction.endLine,
                message: "\(what) `\(image)` comes from `\(source.registry)`, which `images.allowed_registries` does not allow (allowed: \(allowlist.listed))",
                identity: stage.identity("\(instruction.keyword) registry \(source.text)")))
        }
        for stage in dockerfile.stages {
            if case .image(let image) = stage.base { judge(image.text, at: stage.from, in: stage, what: "Base image") }
            // Earlier stages are named (case-insensitively) or counted; anything else is an image.
            let earlier = Set(dockerfile.stages.prefix(stage.index).flatMap { [String($0.index)] + [$0.name?.lowercased()].compactMap { $0 } })
            for instruction in stage.instructions {
                let sources: [String] = switch instruction.keyword {
                case "COPY": [instruction.flag("from")].compactMap { $0 }
                case "RUN": instruction.flags.filter { $0.name == "mount" }.compactMap { flag in
                    (flag.value ?? "").split(separator: ",").first { $0.hasPrefix("from=") }.map { String($0.dropFirst("from=".count)) }
                }
                default: []
                }
                for image in sources where !earlier.contains(image.lowercased()) {
                    judge(image, at: instruction, in: stage, what: instruction.keyword == "COPY" ? "`COPY --from` image" : "`RUN --mount` image")
                }
            }
        }
        return found
    }
}

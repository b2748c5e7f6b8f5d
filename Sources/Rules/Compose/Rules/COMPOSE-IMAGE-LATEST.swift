import InfragateParsers

/// `:latest` or no tag: what runs is whatever was pushed last.
struct ComposeFloatingImage: Rule {
    let description = RuleDescription(
        id: "COMPOSE-IMAGE-LATEST", title: "Image uses `latest` or no tag", severity: .medium, cwe: 1357,
        checklist: "Compose supply chain › Images pinned to a version or digest",
        rationale: "An untagged or `:latest` image changes under the deployment: a `docker compose pull` silently brings new code, possibly a poisoned push. Medium.",
        recommendation: "Pin a version tag, ideally with its digest: `image: postgres:16.4@sha256:…`.",
        triggering: ["""
            services:
              db:
            ↓    image: postgres
              cache:
            ↓    image: redis:latest
              worker:
            ↓    image: ${REGISTRY}/worker:latest
            """],
        nonTriggering: ["""
            services:
              db:
                image: postgres:16.4
              app:
                build: .
              proxy:
                image: ${PROXY_IMAGE}
              worker:
                image: $REGISTRY/worker
              api:
                image: registry.example.com/api:${API_TAG:-1.4.2}
              builder:
                image: ""
                build: ./builder
            """])

    func check(_ service: ComposeService) -> [Violation] {
        guard let entry = service.node.entry("image"), let text = entry.value.string else { return [] }
        let image = ImageReference(parsing: text)
        guard image.isKnownFloating else { return [] }
        return [Violation(line: entry.keyLine, message: "Service `\(service.name)` uses floating image `\(text)`.",
                          identity: service.identity("image"))]
    }
}

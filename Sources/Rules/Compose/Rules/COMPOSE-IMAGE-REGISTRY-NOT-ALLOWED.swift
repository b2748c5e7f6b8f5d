import InfragateParsers

/// A service image from a registry the policy does not list (`images.allowed_registries`).
struct ComposeImageRegistryNotAllowed: Rule {
    let description = RuleDescription(
        id: "COMPOSE-IMAGE-REGISTRY-NOT-ALLOWED", title: "Service image comes from a registry the policy does not allow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Compose supply chain › Images only from private or approved registries",
        rationale: """
            A registry the organisation does not control or mirror serves whatever its owner pushes, unscanned by \
            the organisation's pipeline. High, because the policy asked for the list; silent unless the trusted policy \
            sets `images.allowed_registries`. Registries are read with the Docker reference grammar (`postgres` is \
            `docker.io/library/postgres`, hosts in lower case, `:443` left out), and a variable is read as Compose \
            reads it when unset: `${REGISTRY:-quay.io}/app` pulls from `quay.io`; one with no default is decided \
            where it is set.
            """,
        recommendation: "Pull the image through an allowed registry (a mirror or pull-through cache), or have the policy owners add the registry to `images.allowed_registries`.",
        triggering: [
            RuleExample("""
            services:
              db:
            ↓    image: bitnami/postgresql:16
              cache:
            ↓    image: ${CACHE_REGISTRY:-quay.io}/opstree/redis:7
              web:
            ↓    image: "ghcr.io/acme/web:1.0"
            """, parameters: .exampleRegistryAllowlist),
        ],
        nonTriggering: [
            RuleExample("""
            services:
              db:
                image: postgres:16
              cache:
                image: ${CACHE_REGISTRY:-registry.example.com}/redis:7
              web:
                image: Registry.Example.com:443/acme/web:1.0
              worker:
                image: ${WORKER_IMAGE}
              app:
                build: .
            """, parameters: .exampleRegistryAllowlist),
            // Without `images.allowed_registries` in the policy any registry is allowed.
            """
            services:
              web:
                image: ghcr.io/acme/web:1.0
            """,
        ])

    func check(_ service: ComposeService) -> [Violation] {
        guard let allowlist = service.parameters.allowedRegistries, let (image, line) = service.interpolated("image"),
              let source = ImageSource(reference: image), !allowlist.allows(source) else { return [] }
        return [Violation(line: line,
                          message: "Service `\(service.name)` pulls `\(image)` from `\(source.registry)`, which `images.allowed_registries` does not allow (allowed: \(allowlist.listed)).",
                          identity: service.identity("image-registry"))]
    }
}

import InfragateParsers

/// An image from a registry the policy does not list (`images.allowed_registries`).
struct ImageRegistryNotAllowed: Rule {
    private static let allowlist = RuleParameters(allowedRegistries: RegistryAllowlist([
        RegistryAllowlist.Entry(registry: "registry.example.com", repositoryPrefix: nil),
        RegistryAllowlist.Entry(registry: "ghcr.io", repositoryPrefix: "acme"),
        RegistryAllowlist.Entry(registry: "docker.io", repositoryPrefix: "library"),
    ]))

    let description = RuleDescription(
        id: "K8S-IMAGE-REGISTRY-NOT-ALLOWED", title: "Image comes from a registry the policy does not allow", severity: .high, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Kubernetes supply chain › Images only from private or approved registries",
        rationale: """
            A registry the organisation does not control or mirror serves whatever its owner (or whoever took over \
            the account or the name) pushes, unscanned and unsigned by the organisation's pipeline; typo-squatted \
            and look-alike repositories are a known way in. High, because the policy asked for the list. The rule is \
            silent unless the trusted policy sets `images.allowed_registries`. Registries are read with the Docker \
            reference grammar: `nginx` is `docker.io/library/nginx`, the host is compared in lower case and `:443` is \
            the HTTPS port, and a repository prefix matches whole path components. Init and ephemeral containers \
            count; an image whose registry is a placeholder (`${REGISTRY}/app`) is decided where it is filled in.
            """,
        recommendation: "Pull the image through an allowed registry (a mirror or pull-through cache of the upstream), or have the policy owners add the registry to `images.allowed_registries`.",
        equivalents: [.kubescape("C-0078")],
        triggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: migrate
            ↓          image: quay.io/acme/migrate:1.4
                  containers:
                    - name: app
            ↓          image: bitnami/nginx:1.27
                    - name: sidecar
            ↓          image: ghcr.io/acme-evil/proxy:2.0
                    - name: cache
            ↓          image: registry.example.com.evil.io/redis:7
                    - name: agent
            ↓          image: localhost:5000/agent:3
            """, parameters: allowlist),
        ],
        nonTriggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: migrate
                      image: REGISTRY.EXAMPLE.COM/acme/migrate:1.4
                  containers:
                    - name: app
                      image: nginx:1.27
                    - name: sidecar
                      image: ghcr.io/acme/proxy:2.0
                    - name: cache
                      image: registry.example.com:443/redis:7@sha256:4b6d1a0c1c2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e
                    - name: agent
                      image: docker.io/library/busybox:1.36
                    - name: templated
                      image: ${REGISTRY}/agent:3
            """, parameters: allowlist),
            // Without `images.allowed_registries` in the policy any registry is allowed.
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: quay.io/acme/web:1.0
            """,
        ])

    func check(_ input: ContainerInTree) -> [Violation] {
        let container = input.container
        guard let allowlist = input.tree.parameters.allowedRegistries, let entry = container.node.entry("image"),
              let written = entry.value.string, let source = ImageSource(reference: written),
              !allowlist.allows(source) else { return [] }
        return [Violation(line: entry.keyLine,
                          message: "\(container.subject) pulls `\(written)` from `\(source.registry)`, which `images.allowed_registries` does not allow (allowed: \(allowlist.listed)).",
                          identity: container.identity("image-registry"))]
    }
}

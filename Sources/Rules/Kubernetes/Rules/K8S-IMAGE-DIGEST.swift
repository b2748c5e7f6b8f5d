import InfragateParsers

/// Tags are mutable; only a digest names exactly one image.
struct ImageWithoutDigest: Rule {
    let description = RuleDescription(
        id: "K8S-IMAGE-DIGEST", title: "Image is not pinned by digest", severity: .info, cwe: 1357,
        checklist: "Kubernetes supply chain › Images pinned to a version or digest",
        rationale: "A version tag can be re-pushed, so the image that runs may differ from the one that was reviewed and scanned. Info: pinning by digest is best practice, not always practical.",
        recommendation: "Append the digest: `image: nginx:1.27.0@sha256:…` (tools such as Renovate keep it current).",
        equivalents: [.checkov("CKV_K8S_43")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
            ↓      image: nginx:1.27
            """],
        nonTriggering: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27@sha256:4b6d1a0c1c2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e
            """,
            // skaffold deploys the image it built, by tag and digest, in place of the name.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: ghcr.io/acme/web:dev
            """, neighbours: ["skaffold.yaml": """
            apiVersion: skaffold/v4beta11
            kind: Config
            build:
              artifacts:
                - image: ghcr.io/acme/web
                  docker: {dockerfile: Dockerfile}
            manifests:
              rawYaml: [k8s/*.yaml]
            """]),
            // Reported once, as a floating tag: K8S-IMAGE-LATEST subsumes this rule.
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:latest
            """,
        ])

    func check(_ input: ContainerInTree) -> [Violation] {
        let container = input.container
        guard let entry = container.node.entry("image"), let image = container.image,
              image.digest == nil, !image.isTemplated, !input.tree.buildsWithSkaffold(image) else { return [] }
        return [Violation(line: entry.keyLine, message: "\(container.subject) image `\(image.text)` has no digest.",
                         identity: container.identity("image-digest"))]
    }
}

import InfragateParsers

/// With a mutable tag and a cached image, each node may run a different build.
struct ImagePullPolicy: Rule {
    let description = RuleDescription(
        id: "K8S-IMAGE-PULL-POLICY", title: "Mutable image tag without `imagePullPolicy: Always`", severity: .low, cwe: 1357,
        checklist: "Kubernetes supply chain › Images pinned to a version or digest",
        rationale: "For a tag without digest, `IfNotPresent` (the default for version tags) or `Never` reuses whatever a node cached: nodes drift apart, and a pod may use an image the registry's access control would now refuse. Low.",
        recommendation: "Pin the image by digest, or set `imagePullPolicy: Always`.",
        equivalents: [.checkov("CKV_K8S_15")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            ↓    - name: app
                  image: nginx:1.27
                - name: proxy
                  image: envoy:1.30
            ↓      imagePullPolicy: IfNotPresent
                - name: agent
                  image: registry.example.com/agent:2.1
            ↓      imagePullPolicy: ""
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  imagePullPolicy: Always
                - name: proxy
                  image: envoy:1.30@sha256:4b6d1a0c1c2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e
                  imagePullPolicy: IfNotPresent
                - name: sidecar
                  image: registry.example.com/agent:latest
                  imagePullPolicy: ""
            """])

    func check(_ input: ContainerInTree) -> [Violation] {
        let container = input.container
        guard let image = container.image, image.digest == nil, !image.isTemplated, !input.tree.buildsWithSkaffold(image) else { return [] }
        let policy = container.node.entry("imagePullPolicy")
        // An empty or null policy is unset, and the API server fills in its default:
        // `Always` for untagged and `latest` images, `IfNotPresent` otherwise.
        let written = policy?.value.string.flatMap { $0.isEmpty ? nil : $0 }
        let effective = written ?? (image.isFloating ? "Always" : "IfNotPresent")
        guard effective != "Always" else { return [] }
        return [Violation(line: policy?.keyLine ?? container.line,
                         message: "\(container.subject) uses mutable tag `\(image.text)` with pull policy `\(effective)`\(written == nil ? " (the default)" : "").",
                         identity: container.identity("imagePullPolicy"))]
    }
}

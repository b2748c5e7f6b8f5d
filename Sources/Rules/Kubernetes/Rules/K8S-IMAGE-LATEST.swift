import InfragateParsers

/// `:latest` or no tag: what runs is whatever was pushed last.
struct FloatingImageTag: Rule {
    let description = RuleDescription(
        id: "K8S-IMAGE-LATEST", title: "Image uses `latest` or no tag", severity: .medium, cwe: 1357,
        checklist: "Kubernetes supply chain › Images pinned to a version or digest",
        rationale: "An untagged or `:latest` image changes under the deployment: rollbacks do not roll back, nodes run different code, and a poisoned push is picked up on the next restart. Medium.",
        recommendation: "Pin a version tag, ideally with its digest: `image: nginx:1.27.0@sha256:…`.",
        equivalents: [.checkov("CKV_K8S_14"), .kubeLinter("latest-tag"), .trivy("AVD-KSV-0013")],
        // A floating image has no digest either: one finding, this one.
        subsumes: ["K8S-IMAGE-DIGEST"],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
            ↓      image: nginx
                - name: proxy
            ↓      image: registry.local:5000/envoy:latest
                - name: agent
            ↓      image: ${REGISTRY}/agent:latest
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: registry.local:5000/nginx:1.27
                - name: proxy
                  image: envoy@sha256:4b6d1a0c1c2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e
            """,
            // Placeholders that envsubst, skaffold, ko, a templating step or a reader fills in
            // name an image not known here: not a floating tag.
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: $IMAGE
                    - name: proxy
                      image: ${PROXY_IMAGE}
                    - name: worker
                      image: ‹worker-image›
                    - name: api
                      image: <your-registry>/api
                    - name: jobs
                      image: ko://github.com/acme/jobs/cmd/jobs
                    - name: cron
                      image: "{{ .Values.cron.image }}"
                    - name: patched
                      image: ""
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
                      image: ghcr.io/acme/web
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
        ])

    func check(_ input: ContainerInTree) -> [Violation] {
        let container = input.container
        guard let entry = container.node.entry("image"), let image = container.image,
              image.isKnownFloating, !input.tree.buildsWithSkaffold(image) else { return [] }
        return [Violation(line: entry.keyLine, message: "\(container.subject) uses floating image `\(image.text)`.",
                         identity: container.identity("image"))]
    }
}

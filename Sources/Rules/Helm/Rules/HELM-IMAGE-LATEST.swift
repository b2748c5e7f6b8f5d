import InfragateParsers

/// Image tags chosen in values: `latest`, or an image string without a tag.
struct HelmFloatingImage: Rule {
    let description = RuleDescription(
        id: "HELM-IMAGE-LATEST", title: "Chart values use the `latest` image tag", severity: .medium, cwe: 1357,
        checklist: "Kubernetes supply chain › Images pinned to a version or digest",
        rationale: "A `latest` tag (or an untagged image) in values deploys whatever was pushed last: releases are not reproducible and a poisoned push is picked up on the next restart. Medium. An empty `tag` is not reported: charts default it to their `appVersion`; nor is a `digest` beside the tag, which pins the image, nor an `image` name whose `tag` or `digest` sits beside it, nor a placeholder (`${IMAGE}`).",
        recommendation: "Pin `tag` to a version, ideally with a `digest`.",
        equivalents: [.checkov("CKV_K8S_14")],
        triggering: ["""
            image:
              repository: ghcr.io/acme/api
            ↓  tag: latest
            sidecar:
            ↓  image: busybox
            worker:
              image: registry.example.com/worker
            ↓  tag: latest
            """],
        nonTriggering: ["""
            image:
              repository: ghcr.io/acme/api
              tag: ""
            sidecar:
              image: busybox:1.36
            """,
            // The tag and digest beside the name are what the chart's template joins to it.
            """
            image:
              registry: docker.io
              repository: bitnami/nginx
              tag: latest
              digest: sha256:4b6d1a0c1c2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e
            exporter:
              image: prom/nginx-exporter
              tag: "1.3.0"
            migrations:
              image: ${MIGRATIONS_IMAGE}
            """,
        ])

    func check(_ values: HelmValues) -> [Violation] {
        values.settings.compactMap { setting in
            let entry = setting.entry
            let floating: Bool
            switch entry.key {
            case "tag": floating = entry.value.string == "latest" && !Self.isSet("digest", in: setting.mapping)
            case "image":
                // A `tag` or `digest` beside the name completes it; that one is judged on its own.
                floating = entry.value.string.map { ImageReference(parsing: $0) }.map { $0.isKnownFloating } ?? false
                    && !Self.isSet("tag", in: setting.mapping) && !Self.isSet("digest", in: setting.mapping)
            default: return nil
            }
            guard floating else { return nil }
            return Violation(line: entry.keyLine, message: "Values set `\(setting.path)` to a floating image tag.",
                             identity: "values:\(setting.path)")
        }
    }

    private static func isSet(_ key: String, in mapping: YAMLNode) -> Bool {
        !(mapping[key]?.string ?? "").isEmpty
    }
}

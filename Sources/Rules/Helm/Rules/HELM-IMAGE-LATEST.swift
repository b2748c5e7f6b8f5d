import InfragateParsers

/// Image tags chosen in values: `latest`, or an image string without a tag.
struct HelmFloatingImage: Rule {
    let description = RuleDescription(
        id: "HELM-IMAGE-LATEST", title: "Chart values use the `latest` image tag", severity: .medium, cwe: 1357,
        checklist: "Kubernetes supply chain › Images pinned to a version or digest",
        rationale: "A `latest` tag (or an untagged image) in values deploys whatever was pushed last: releases are not reproducible and a poisoned push is picked up on the next restart. Medium. An empty `tag` is not reported: charts default it to their `appVersion`.",
        recommendation: "Pin `tag` to a version, ideally with a `digest`.",
        equivalents: [.checkov("CKV_K8S_14")],
        triggering: ["""
            image:
              repository: ghcr.io/acme/api
            ↓  tag: latest
            sidecar:
            ↓  image: busybox
            """],
        nonTriggering: ["""
            image:
              repository: ghcr.io/acme/api
              tag: ""
            sidecar:
              image: busybox:1.36
            """])

    func check(_ values: HelmValues) -> [Violation] {
        values.settings.compactMap { setting in
            let entry = setting.entry
            let floating: Bool
            switch entry.key {
            case "tag": floating = entry.value.string == "latest"
            case "image": floating = entry.value.string.map { ImageReference(parsing: $0) }.map { $0.isFloating && !$0.isTemplated } ?? false
            default: return nil
            }
            guard floating else { return nil }
            return Violation(line: entry.keyLine, message: "Values set `\(setting.path)` to a floating image tag.",
                             identity: "values:\(setting.path)")
        }
    }
}

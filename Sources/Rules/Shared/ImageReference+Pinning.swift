import InfragateParsers

/// Pinning questions every pack asks of an image reference (Dockerfile, Kubernetes, Compose, Helm).
extension ImageReference {
    /// Untagged or `latest` without a digest: a different image on every pull.
    var isFloating: Bool { digest == nil && (tag == nil || tag == "latest") }

    /// Runtime-substituted references (`${IMAGE}`, `{{ .Values.image }}`) cannot be judged.
    var isTemplated: Bool { text.contains("${") || text.contains("{{") }
}

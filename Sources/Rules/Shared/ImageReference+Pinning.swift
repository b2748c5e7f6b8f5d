import InfragateParsers

/// Pinning questions every pack asks of an image reference (Dockerfile, Kubernetes, Compose, Helm).
extension ImageReference {
    /// Untagged or `latest` without a digest: a different image on every pull.
    var isFloating: Bool { digest == nil && (tag == nil || tag == "latest") }

    /// A reference something substitutes before anyone pulls it (`$IMAGE`, `${IMAGE}`,
    /// `{{ .Values.image }}`, `‹image›`, `<image>`, `#{Image}#`, `ko://…`): what it names is
    /// unknown. Registries accept only letters, digits and `._-/:@` in a reference, so any other
    /// character, or an empty path component (`//`), marks a placeholder.
    var isTemplated: Bool {
        text.contains("//") || text.unicodeScalars.contains { scalar in
            !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-/:@".unicodeScalars.contains(scalar)))
        }
    }

    /// Floating as far as the text shows: a reference with placeholders floats only when it
    /// writes the `latest` tag itself (`${REGISTRY}/api:latest`); an empty one names nothing yet.
    var isKnownFloating: Bool {
        !text.isEmpty && isFloating && (!isTemplated || tag == "latest")
    }
}

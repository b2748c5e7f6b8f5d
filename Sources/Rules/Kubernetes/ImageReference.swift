/// The parts of an image reference that matter for pinning: `registry:5000/app:1.2@sha256:…`.
struct ImageReference {
    let text: String
    let tag: String?
    let digest: String?

    init(_ text: String) {
        self.text = text
        let parts = text.split(separator: "@", maxSplits: 1)
        digest = parts.count == 2 ? String(parts[1]) : nil
        // A colon after the last slash is a tag; before it, a registry port.
        let name = parts.first ?? ""
        let lastComponent = name.split(separator: "/").last ?? ""
        tag = lastComponent.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
    }

    /// Untagged or `latest` without a digest: a different image on every pull.
    var isFloating: Bool { digest == nil && (tag == nil || tag == "latest") }
    /// Runtime-substituted references (`${IMAGE}`, `{{ .Values.image }}`) cannot be judged.
    var isTemplated: Bool { text.contains("${") || text.contains("{{") }
}

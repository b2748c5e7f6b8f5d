/// An image reference split the way Docker reads it (distribution's `splitDockerDomain`):
/// `[registry/]repository[:tag][@digest]`, where the first path component names a registry when
/// it has a dot or a port, is `localhost`, or has an upper-case letter (`Registry/app` pulls from
/// the host `registry`: repository paths are lower case).
public struct ImageReference: Hashable, Sendable {
    /// The reference as written (after variable substitution).
    public let text: String
    /// The registry host when the first path component names one (`ghcr.io`, `localhost:5000`).
    public let registry: String?
    /// The repository path without registry, e.g. `library/nginx` or `nginx`, as written.
    public let repository: String
    public let tag: String?
    /// The content digest, e.g. `sha256:…`.
    public let digest: String?

    public init(parsing text: String) {
        self.text = text
        var remainder = Substring(text)
        if let at = remainder.firstIndex(of: "@") {
            let digest = remainder[remainder.index(after: at)...]
            self.digest = digest.isEmpty ? nil : String(digest)
            remainder = remainder[..<at]
        } else {
            self.digest = nil
        }
        // A tag follows the last colon after the last slash; a colon before it is a registry port.
        let lastSlash = remainder.lastIndex(of: "/")
        if let colon = remainder.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            let tag = remainder[remainder.index(after: colon)...]
            self.tag = tag.isEmpty ? nil : String(tag)
            remainder = remainder[..<colon]
        } else {
            self.tag = nil
        }
        if let slash = remainder.firstIndex(of: "/") {
            let first = remainder[..<slash]
            if first.contains(where: { $0 == "." || $0 == ":" || $0.isUppercase }) || first == "localhost" {
                registry = String(first)
                repository = String(remainder[remainder.index(after: slash)...])
                return
            }
        }
        registry = nil
        repository = String(remainder)
    }

    /// The repository without Docker Hub's implicit `library/` prefix, lowercased, for comparisons
    /// such as "is this the official `ubuntu` image?". Nil for images on other registries.
    public var dockerHubOfficialName: String? {
        guard registry == nil || registry == "docker.io" || registry == "index.docker.io" else { return nil }
        let name = repository.lowercased()
        if name.hasPrefix("library/") { return String(name.dropFirst("library/".count)) }
        return name.contains("/") ? nil : name
    }
}

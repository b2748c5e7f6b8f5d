import InfragateParsers

/// The registry and repository an image reference is pulled from, read with the Docker reference
/// grammar (distribution's `ParseNormalizedNamed`), so that every spelling of one image is one
/// source: `nginx` is `docker.io/library/nginx`, `index.docker.io/x/y` is `docker.io/x/y`, the
/// first path component names a registry only when it has a dot or a port, is `localhost`, or has
/// an upper-case letter (`Registry/app` pulls from the host `registry`). Hosts are compared in
/// lower case, as DNS resolves them, and `:443` is the HTTPS port a registry host is reached on
/// anyway.
public struct ImageSource: Hashable, Sendable {
    /// Lower-case `host[:port]`; Docker Hub under every alias is `docker.io`.
    public let registry: String
    /// The repository path without tag or digest, lower-cased; Docker Hub's official images carry
    /// their implicit `library/`.
    public let repository: String

    public static let dockerHub = "docker.io"
    private static let dockerHubAliases: Set<String> = ["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]

    public init(registry: String, repository: String) {
        self.registry = registry
        self.repository = repository
    }

    /// Nil when placeholders (`$REGISTRY`, `${IMAGE}`, `<registry>`) stand where the registry is
    /// written, so that which one is pulled from is decided elsewhere, or when nothing is named.
    public init?(reference text: String) {
        let trimmed = text.trimmingWhitespace
        let first = trimmed.prefix { $0 != "/" && $0 != "@" }
        guard !first.isEmpty, !Self.isPlaceholder(first) else { return nil }
        // One reading of references: the pinning rules' split, normalised here.
        let reference = ImageReference(parsing: String(trimmed))
        guard !reference.repository.isEmpty else { return nil }
        let host = reference.registry.map { Self.host(Substring($0)) } ?? Self.dockerHub
        var repository = reference.repository.lowercased()
        if host == Self.dockerHub, !repository.contains("/") { repository = "library/" + repository }
        self.init(registry: host, repository: repository)
    }

    /// `host[:port]` as a registry is reached: lower case, Docker Hub's aliases as `docker.io`,
    /// the HTTPS port left out.
    static func host(_ text: Substring) -> String {
        var host = text.lowercased()
        if host.hasSuffix(":443") { host.removeLast(4) }
        return dockerHubAliases.contains(host) ? dockerHub : host
    }

    /// Registries accept only letters, digits and `._-:` in a host (and brackets round an IPv6 address): anything else is a placeholder.
    private static func isPlaceholder(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-:[]".unicodeScalars.contains($0))) }
    }

    /// `registry/repository`, as messages show it.
    public var text: String { registry + "/" + repository }
}

/// The registries (each optionally narrowed to a repository prefix) a policy lets images come from.
public struct RegistryAllowlist: Hashable, Sendable {
    /// One allowed source: every repository of `registry`, or those at or under `repositoryPrefix`.
    public struct Entry: Hashable, Sendable {
        public let registry: String
        public let repositoryPrefix: String?

        /// `host[:port][/path]` as a policy writes it, or why it is not one:
        /// a first component that cannot be a registry host, a tag, a digest or a scheme.
        public static func parse(_ text: String) -> Result<Entry, EntryError> {
            let written = text.trimmingWhitespace
            guard !written.contains("://") else { return .failure(.init("write the registry without a scheme, e.g. `ghcr.io/acme`")) }
            guard !written.contains("@") else { return .failure(.init("an allowed registry names no digest")) }
            // One trailing slash (`ghcr.io/acme/`) says the same as none.
            let trimmed = written.hasSuffix("/") ? written.dropLast() : written
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard let first = parts.first, !parts.contains(where: \.isEmpty) else {
                return .failure(.init("write `host[:port][/repository-prefix]`, e.g. `registry.example.com` or `ghcr.io/acme`"))
            }
            let path = parts.dropFirst().joined(separator: "/")
            guard !path.contains(":") else { return .failure(.init("an allowed registry names no tag")) }
            guard first.contains(where: { $0 == "." || $0 == ":" }) || first == "localhost" else {
                return .failure(.init("`\(first)` is not a registry host (a host has a dot or a port, or is `localhost`); Docker Hub is `docker.io`, its official images `docker.io/library`"))
            }
            guard first.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-:".unicodeScalars.contains($0)) }),
                  path.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0)) }) else {
                return .failure(.init("a registry host and repository use only letters, digits and `.-_:/`"))
            }
            return .success(Entry(registry: ImageSource.host(first), repositoryPrefix: path.isEmpty ? nil : path.lowercased()))
        }

        public init(registry: String, repositoryPrefix: String?) {
            self.registry = registry
            self.repositoryPrefix = repositoryPrefix
        }

        /// Prefixes match whole path components: `ghcr.io/acme` does not allow `ghcr.io/acme-evil`.
        public func allows(_ source: ImageSource) -> Bool {
            guard source.registry == registry else { return false }
            guard let prefix = repositoryPrefix else { return true }
            return source.repository == prefix || source.repository.hasPrefix(prefix + "/")
        }

        /// Whether everything this entry allows, `other` allows too.
        public func isCovered(by other: Entry) -> Bool {
            other.allows(ImageSource(registry: registry, repository: repositoryPrefix ?? ""))
        }

        public var text: String { registry + (repositoryPrefix.map { "/" + $0 } ?? "") }
    }

    public struct EntryError: Error, Hashable, Sendable {
        public let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    public let entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    public func allows(_ source: ImageSource) -> Bool {
        entries.contains { $0.allows(source) }
    }

    /// The allowed entries, as a message lists them.
    public var listed: String {
        entries.isEmpty ? "none" : entries.map { "`\($0.text)`" }.joined(separator: ", ")
    }
}

extension String {
    fileprivate var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[start...end])
    }
}

extension RuleParameters {
    /// The policy the registry rules' examples run under: a private registry and Docker Hub's
    /// official images, so each example shows both an allowed and a refused source.
    static let exampleRegistryAllowlist = RuleParameters(allowedRegistries: RegistryAllowlist([
        RegistryAllowlist.Entry(registry: "registry.example.com", repositoryPrefix: nil),
        RegistryAllowlist.Entry(registry: "docker.io", repositoryPrefix: "library"),
    ]))
}

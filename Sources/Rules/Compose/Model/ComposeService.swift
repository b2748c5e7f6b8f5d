import InfragateParsers

/// One service of a Compose file, with its settings read in both of Compose's syntaxes.
struct ComposeService {
    let name: String
    let node: YAMLNode
    /// The service's key line: where findings about missing settings point.
    let line: Int
    /// The policy's values the file is judged with (the allowed registries).
    var parameters = RuleParameters.defaults
    /// The networks of the service's document, shared by its services.
    var networks = ComposeNetworks.empty

    /// A variable of `environment`, from either the list form (`- KEY=value`) or the map form (`KEY: value`).
    struct Variable {
        let name: String
        /// As Compose reads it with no variable set (`${LEVEL:-debug}` is `debug`).
        let value: String?
        let line: Int
        /// Whether only the environment knows the value (`${DB_PASSWORD}`); `value` is then the text written.
        let isLeftToEnvironment: Bool
    }

    /// A published port, from the short (`"127.0.0.1:5432:5432/tcp"`) or the long (`target:`/`host_ip:`) form.
    struct PublishedPort {
        let hostIP: String?
        let target: Int?
        let published: Int?
        let line: Int

        /// No host address, or a wildcard one: reachable from every interface of the host.
        var isOnAllInterfaces: Bool { hostIP.map { ["", "0.0.0.0", "::", "[::]"].contains($0) } ?? true }
    }

    /// A mount, from the short (`/host:/container:ro`) or the long (`type: bind`, `source:`) form.
    struct Mount {
        let source: String
        let line: Int
    }

    static func services(in documents: [YAMLDocument], parameters: RuleParameters = .defaults) -> [ComposeService] {
        documents.flatMap { document in
            let services = (document.root["services"]?.entries ?? []).filter { $0.value.isMapping }.map {
                ComposeService(name: $0.key, node: ComposeInterpolation.interpolated($0.value), line: $0.keyLine, parameters: parameters)
            }
            let networks = ComposeNetworks(services: services, declarations: document.root["networks"].map(ComposeInterpolation.interpolated))
            return services.map { service in
                var service = service
                service.networks = networks
                return service
            }
        }
    }

    /// A scalar setting as Compose reads it with no variable set (`${PRIVILEGED:-true}` is `true`:
    /// `node` is interpolated already); nil when absent, not a scalar, or left to the environment.
    func interpolated(_ key: String) -> (value: String, line: Int)? {
        guard let entry = node.entry(key), entry.value.tag != ComposeInterpolation.environmentTag,
              let text = entry.value.scalar?.text else { return nil }
        return (text, entry.keyLine)
    }

    /// A boolean setting as Compose reads it, interpolated: YAML 1.1's spellings, which Compose accepts.
    func interpolatedBool(_ key: String) -> (value: Bool, line: Int)? {
        guard let (text, line) = interpolated(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "y": return (true, line)
        case "false", "no", "off", "n": return (false, line)
        default: return nil
        }
    }

    func identity(_ detail: String) -> String { "service:\(name)|\(detail)" }

    var environment: [Variable] {
        guard let environment = node["environment"] else { return [] }
        if environment.isMapping {
            return environment.entries.map {
                Variable(name: $0.key, value: $0.value.string, line: $0.keyLine, isLeftToEnvironment: $0.value.tag == ComposeInterpolation.environmentTag)
            }
        }
        return environment.items.compactMap { item in
            guard let text = item.string else { return nil }
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return Variable(name: String(parts[0]), value: parts.count == 2 ? String(parts[1]) : nil, line: item.firstKeyLine,
                            isLeftToEnvironment: item.tag == ComposeInterpolation.environmentTag)
        }
    }

    var ports: [PublishedPort] {
        (node["ports"]?.items ?? []).compactMap { item in
            if item.isMapping {
                return PublishedPort(hostIP: item["host_ip"]?.string, target: item["target"]?.int,
                                     published: item["published"]?.string.flatMap(Self.firstPort), line: item.firstKeyLine)
            }
            return item.string.map { Self.shortPort($0, line: item.firstKeyLine) }
        }
    }

    var mounts: [Mount] {
        (node["volumes"]?.items ?? []).compactMap { item in
            if item.isMapping {
                return item["source"]?.string.map { Mount(source: $0, line: item.firstKeyLine) }
            }
            guard let text = item.string, let source = text.split(separator: ":").first else { return nil }
            return Mount(source: String(source), line: item.firstKeyLine)
        }
    }

    /// `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, where an IPv6 host address is bracketed.
    private static func shortPort(_ text: String, line: Int) -> PublishedPort {
        var rest = Substring(text.split(separator: "/").first ?? "")
        var hostIP: String?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            hostIP = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...].drop { $0 == ":" }
        }
        var parts = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3 { hostIP = parts.removeFirst() }
        let target = parts.last.flatMap(firstPort)
        let published = parts.count == 2 ? firstPort(parts[0]) : nil
        return PublishedPort(hostIP: hostIP, target: target, published: published, line: line)
    }

    /// The first port of `8080` or a range `8080-8090`.
    private static func firstPort(_ text: String) -> Int? {
        text.split(separator: "-").first.flatMap { Int($0) }
    }
}

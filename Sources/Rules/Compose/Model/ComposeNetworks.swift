import InfragateParsers

/// Which services of one Compose document share which networks, and which of them publish ports
/// on every interface of the host: worked out once per document, so a rule asking for each
/// service stays linear in the file.
struct ComposeNetworks {
    /// The network Compose attaches a service to when it names none.
    static let defaultNetwork = "default"

    /// Network name → the services on it that publish a port on all interfaces, in file order.
    private let publishersByNetwork: [String: [String]]
    /// Networks the file declares `internal: true`: no route to the outside, so published ports
    /// on them are not reachable and sharing them is the segmentation asked for.
    private let internalNetworks: Set<String>

    static let empty = ComposeNetworks(publishersByNetwork: [:], internalNetworks: [])

    private init(publishersByNetwork: [String: [String]], internalNetworks: Set<String>) {
        self.publishersByNetwork = publishersByNetwork
        self.internalNetworks = internalNetworks
    }

    init(services: [ComposeService], declarations: YAMLNode?) {
        var publishers: [String: [String]] = [:]
        for service in services where service.ports.contains(where: \.isOnAllInterfaces) {
            for network in Self.networks(of: service) { publishers[network, default: []].append(service.name) }
        }
        publishersByNetwork = publishers
        internalNetworks = Set((declarations?.entries ?? []).filter { entry in
            ["true", "yes", "on"].contains((entry.value["internal"]?.scalar?.text ?? "").lowercased())
        }.map(\.key))
    }

    /// The networks a service joins (`networks:` as a list or a map, else the default network);
    /// none for a service that borrows another's or the host's stack (`network_mode`).
    static func networks(of service: ComposeService) -> [String] {
        if service.node["network_mode"] != nil { return [] }
        guard let networks = service.node["networks"] else { return [defaultNetwork] }
        if networks.isMapping { return networks.entries.map(\.key) }
        return networks.items.compactMap(\.string)
    }

    /// The first other service that publishes ports on all interfaces and shares a network with
    /// `service` that is not internal, with that network.
    func publishedNeighbour(of service: ComposeService) -> (service: String, network: String)? {
        for network in Self.networks(of: service) where !internalNetworks.contains(network) {
            if let other = publishersByNetwork[network]?.first(where: { $0 != service.name }) { return (other, network) }
        }
        return nil
    }
}

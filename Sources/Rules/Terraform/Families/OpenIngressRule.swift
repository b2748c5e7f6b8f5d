/// The family "ingress from anywhere to port N": one instance per cloud and port class. Each
/// world-open permission is reported once: by the rule of the one critical service it reaches, by
/// the all-ports rule when it reaches several (that rule subsumes the service rules at the same
/// line), or by the other-ports rule when it reaches none.
struct OpenIngressRule: Rule {
    /// A service whose exposure is critical, and the transports it listens on.
    struct CriticalService: Sendable {
        let ports: [Int]
        let transports: Set<IngressTransport>

        static let ssh = CriticalService(ports: [22], transports: [.tcp])
        /// RDP may carry display traffic over UDP 3389, but only within a session opened over TCP:
        /// UDP alone does not expose it.
        static let rdp = CriticalService(ports: [3389], transports: [.tcp])
        static let database = CriticalService(ports: [1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 11211, 27017], transports: [.tcp])
        static let all = [ssh, rdp, database]

        func isReached(by range: ClosedRange<Int>, over transport: IngressTransport) -> Bool {
            (transport == .any || transports.contains(transport)) && ports.contains { range.contains($0) }
        }
    }

    /// Which openings an instance reports.
    enum Scope: Sendable {
        /// Those reaching exactly this critical service.
        case service(CriticalService)
        /// Those reaching two or more critical services: all ports, or a range spanning them.
        case severalServices
        /// Those reaching none, except a single web port.
        case otherPorts
    }

    /// Serving the web is the usual reason for public ingress: a single web port is not reported.
    static let webPorts = [80, 443]

    /// The firewall resources an instance reads.
    enum Firewall: Sendable {
        case gcpFirewalls, azureNetworkSecurityGroups

        func openings(in module: TerraformModule) -> [IngressOpening] {
            switch self {
            case .gcpFirewalls: return GCPFirewallIngress.openings(in: module)
            case .azureNetworkSecurityGroups: return AzureNSGIngress.openings(in: module)
            }
        }
    }

    let description: RuleDescription
    let firewall: Firewall
    let scope: Scope
    /// The exposed service, completing "allows … from the whole internet", e.g. "SSH".
    let service: String

    func check(_ module: TerraformModule) -> [Violation] {
        firewall.openings(in: module).compactMap { opening in
            // Unknown ports are not guessed into a finding; portless protocols (ICMP) have none.
            guard let range = opening.ports, Self.reports(range, over: opening.transport, scope: scope) else { return nil }
            return opening.resource.violation(
                line: opening.line, message: "\(opening.resource.address) allows \(service) from the whole internet (\(Self.describe(range, over: opening.transport))).",
                detail: opening.detail)
        }
    }

    /// Whether a rule of `scope` reports a world-open permission of `range` (shared with `AWSIngressRule`).
    static func reports(_ range: ClosedRange<Int>, over transport: IngressTransport, scope: Scope) -> Bool {
        let reached = CriticalService.all.filter { $0.isReached(by: range, over: transport) }
        switch scope {
        // Reported alongside the all-ports rule, which subsumes it (`RuleDescription.subsumes`).
        case .service(let service): return reached.contains { $0.ports == service.ports }
        case .severalServices: return reached.count > 1
        case .otherPorts: return reached.isEmpty && (range.count > 1 || !webPorts.contains(range.lowerBound))
        }
    }

    static func describe(_ ports: ClosedRange<Int>, over transport: IngressTransport) -> String {
        let range = ports == IngressOpening.allPorts ? "all ports"
            : ports.count == 1 ? "port \(ports.lowerBound)" : "ports \(ports.lowerBound)-\(ports.upperBound)"
        return transport == .any ? range : "\(transport.rawValue.uppercased()) \(range)"
    }
}

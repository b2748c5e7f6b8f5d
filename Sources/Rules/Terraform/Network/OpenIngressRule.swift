/// The family "ingress from anywhere to port N": one instance per cloud and port class.
struct OpenIngressRule: TerraformRule {
    /// Ports whose exposure is critical: remote administration and databases.
    static let administrationPorts = [22, 3389]
    static let databasePorts = [1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 11211, 27017]
    /// Serving the web is the usual reason for public ingress: a single web port is not reported.
    static let webPorts = [80, 443]

    /// The firewall resources an instance reads.
    enum Firewall: Sendable {
        case awsSecurityGroups, gcpFirewalls, azureNetworkSecurityGroups

        func openings(in module: TerraformModule) -> [IngressOpening] {
            switch self {
            case .awsSecurityGroups: return AWSIngress.openings(in: module)
            case .gcpFirewalls: return GCPFirewallIngress.openings(in: module)
            case .azureNetworkSecurityGroups: return AzureNSGIngress.openings(in: module)
            }
        }
    }

    let description: RuleDescription
    let firewall: Firewall
    /// The ports this rule is about; nil for "any other port": openings that reach none of the
    /// critical ports and are not a single web port.
    let ports: [Int]?
    /// The exposed service, completing "allows … from the whole internet", e.g. "SSH".
    let service: String

    func violations(in module: TerraformModule) -> [TerraformViolation] {
        firewall.openings(in: module).compactMap { opening in
            // Unknown ports are not guessed into a finding.
            guard let range = opening.ports, reports(range) else { return nil }
            return opening.resource.violation(
                line: opening.line, message: "\(opening.resource.address) allows \(service) from the whole internet (\(Self.describe(range))).",
                detail: opening.detail)
        }
    }

    func reports(_ range: ClosedRange<Int>) -> Bool {
        if let ports { return ports.contains { range.contains($0) } }
        let critical = Self.administrationPorts + Self.databasePorts
        return !critical.contains { range.contains($0) } && (range.count > 1 || !Self.webPorts.contains(range.lowerBound))
    }

    static func describe(_ ports: ClosedRange<Int>) -> String {
        if ports == IngressOpening.allPorts { return "all ports" }
        return ports.count == 1 ? "port \(ports.lowerBound)" : "ports \(ports.lowerBound)-\(ports.upperBound)"
    }
}

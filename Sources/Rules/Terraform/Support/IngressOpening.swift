import InfragateParsers

/// One firewall permission that admits traffic from the whole internet, whatever the cloud.
struct IngressOpening {
    let resource: TerraformResource
    /// The line of the setting that names the world-wide source.
    let line: Int
    /// Nil when the ports are unknown (a variable without a literal value) or the protocol has none (ICMP).
    let ports: ClosedRange<Int>?
    let transport: IngressTransport
    /// Distinguishes several openings of one resource in fingerprints, e.g. `ingress[1]`.
    let detail: String

    static let allPorts = 0...65535

    /// Sources that mean "anyone": IPv4 and IPv6 catch-alls, and Azure's service tags.
    static func isWorld(_ source: String) -> Bool {
        ["0.0.0.0/0", "::/0", "*", "internet", "any", "0.0.0.0"].contains(source.lowercased())
    }

    /// `"22"`, `"1000-2000"`, `"*"` → a port range; nil when the text is not one.
    static func portRange(_ text: String) -> ClosedRange<Int>? {
        if text == "*" { return allPorts }
        let bounds = text.split(separator: "-").compactMap { Int($0.filter { $0 != " " }) }
        switch bounds.count {
        case 1: return bounds[0]...bounds[0]
        case 2 where bounds[0] <= bounds[1]: return bounds[0]...bounds[1]
        default: return nil
        }
    }

    /// A `from_port`/`to_port` pair: known numbers, or nil. Protocol "-1"/"all" opens every port;
    /// ICMP's "ports" are types and codes, so it has none.
    static func portRange(from: HCLValue?, to: HCLValue?, protocol value: HCLValue?) -> ClosedRange<Int>? {
        let name = value?.stringValue?.lowercased()
        if let name, IngressTransport.portlessProtocols.contains(name) { return nil }
        if let name, name == "-1" || name == "all" { return allPorts }
        guard let low = from?.numberValue, let high = to?.numberValue else { return nil }
        if low == -1 { return allPorts }
        guard low <= high, low >= 0, high <= 65535 else { return nil }
        return Int(low)...Int(high)
    }
}

/// The transport a permission admits: only services listening on it are exposed.
enum IngressTransport: String, Sendable {
    case tcp, udp
    /// Every protocol, or one the gate cannot tell (a variable): treated as reaching everything.
    case any

    /// Protocols whose port fields are ICMP types and codes, not ports.
    static let portlessProtocols: Set<String> = ["icmp", "icmpv6", "1", "58"]

    /// AWS (`tcp`, `6`, `-1`), GCP (`tcp`, `all`) and Azure (`Tcp`, `*`) spellings.
    init(protocol name: String?) {
        switch name?.lowercased() {
        case "tcp", "6": self = .tcp
        case "udp", "17": self = .udp
        default: self = .any
        }
    }
}

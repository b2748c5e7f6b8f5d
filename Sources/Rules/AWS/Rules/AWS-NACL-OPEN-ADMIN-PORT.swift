import InfragateParsers

/// Network ACL entries that allow the whole internet in to SSH, RDP or a database port over TCP
/// (or every protocol), unless a lower-numbered entry of the same ACL denies it first.
struct NetworkACLOpenAdminPortRule: Rule {
    let description = RuleDescription(
        id: "AWS-NACL-OPEN-ADMIN-PORT", title: "Network ACL allows administration or database ports from the internet", severity: .high, cwe: 284,
        checklist: "Network exposure › Administration ports are not open to the internet",
        rationale: "A network ACL is the subnet's stateless outer wall: an `allow` entry from `0.0.0.0/0` or `::/0` to SSH (22), RDP (3389) or a database port leaves a single security-group mistake between every instance of the subnet and the internet's scanners. High: the second line of defence is gone. Entries are evaluated in rule-number order, so an allow that a lower-numbered deny of the same ports already stops is not reported; UDP and ICMP entries do not reach these TCP services; and the ephemeral range (`1024-65535`) a stateless ACL opens for the answers to outbound connections is not reported for the database ports it happens to contain.",
        recommendation: "Allow these ports only from known ranges (a VPN, a bastion subnet), or add a lower-numbered `deny` entry for them from `0.0.0.0/0` and `::/0`. In CloudFormation, narrow `CidrBlock`/`Ipv6CidrBlock` of the `AWS::EC2::NetworkAclEntry`.",
        equivalents: [.checkov("CKV_AWS_232"), .checkov("CKV_AWS_231"), .checkov("CKV_AWS_352"), .trivy("AVD-AWS-0105"),
                      .kics("Network ACL With Unrestricted Access To SSH"), .kics("Network ACL With Unrestricted Access To RDP")],
        triggering: [
            """
            resource "aws_network_acl" "public" {
              vpc_id = aws_vpc.main.id
              ingress {
                rule_no    = 100
                protocol   = "tcp"
                action     = "allow"
            ↓    cidr_block = "0.0.0.0/0"
                from_port  = 22
                to_port    = 22
              }
            }
            """,
            """
            resource "aws_network_acl_rule" "everything" {
              network_acl_id = aws_network_acl.public.id
              rule_number    = 100
              egress         = false
              protocol       = "-1"
              rule_action    = "allow"
            ↓  ipv6_cidr_block = "::/0"
            }
            """,
            """
            resource "aws_network_acl" "public" {
              vpc_id = aws_vpc.main.id
              ingress {
                rule_no    = 200
                protocol   = "6"
                action     = "allow"
            ↓    cidr_block = "0.0.0.0/0"
                from_port  = 0
                to_port    = 65535
              }
            }
            resource "aws_network_acl_rule" "no_ssh" {
              network_acl_id = aws_network_acl.public.id
              rule_number    = 100
              protocol       = "tcp"
              rule_action    = "deny"
              cidr_block     = "0.0.0.0/0"
              from_port      = 22
              to_port        = 22
            }
            """,
            .template("""
            Resources:
              RdpIn:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref PublicAcl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
            ↓      CidrBlock: 0.0.0.0/0
                  PortRange: {From: 3389, To: 3389}
            """),
        ],
        nonTriggering: [
            """
            resource "aws_network_acl" "public" {
              vpc_id = aws_vpc.main.id
              ingress {
                rule_no    = 100
                protocol   = "tcp"
                action     = "allow"
                cidr_block = "10.0.0.0/8"
                from_port  = 22
                to_port    = 22
              }
              ingress {
                rule_no    = 200
                protocol   = "tcp"
                action     = "allow"
                cidr_block = "0.0.0.0/0"
                from_port  = 443
                to_port    = 443
              }
              ingress {
                rule_no    = 300
                protocol   = "tcp"
                action     = "allow"
                cidr_block = "0.0.0.0/0"
                from_port  = 1024
                to_port    = 65535
              }
            }
            """,
            """
            resource "aws_network_acl_rule" "dns" {
              network_acl_id = aws_network_acl.public.id
              rule_number    = 100
              protocol       = "udp"
              rule_action    = "allow"
              cidr_block     = "0.0.0.0/0"
              from_port      = 0
              to_port        = 65535
            }
            """,
            """
            resource "aws_network_acl" "public" {
              vpc_id = aws_vpc.main.id
              ingress {
                rule_no    = 90
                protocol   = "-1"
                action     = "deny"
                cidr_block = "0.0.0.0/0"
                from_port  = 0
                to_port    = 0
              }
              ingress {
                rule_no    = 100
                protocol   = "tcp"
                action     = "allow"
                cidr_block = "0.0.0.0/0"
                from_port  = 22
                to_port    = 22
              }
              egress {
                rule_no    = 100
                protocol   = "-1"
                action     = "allow"
                cidr_block = "0.0.0.0/0"
                from_port  = 0
                to_port    = 0
              }
            }
            """,
            .template("""
            Resources:
              HttpsIn:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref PublicAcl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
                  CidrBlock: 0.0.0.0/0
                  PortRange: {From: 443, To: 443}
              EverythingOut:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref PublicAcl
                  RuleNumber: 100
                  Protocol: -1
                  Egress: true
                  RuleAction: allow
                  CidrBlock: 0.0.0.0/0
            """),
        ])

    /// One ingress entry from the whole internet, of an inline block or a separate entry resource.
    private struct Entry {
        let resource: AWSResource
        /// The ACL it belongs to: the owning resource, or what the entry refers to; nil when unknown.
        let acl: String?
        let number: Double?
        let allows: Bool
        let source: AWSValue
        let isIPv6: Bool
        /// Nil when the protocol reaches no TCP service (UDP, ICMP) or is unknown.
        let ports: ClosedRange<Int>?
        let detail: String
    }

    private static let services: [(name: String, ports: [Int])] = [
        ("SSH", OpenIngressRule.CriticalService.ssh.ports), ("RDP", OpenIngressRule.CriticalService.rdp.ports),
        ("database", OpenIngressRule.CriticalService.database.ports),
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        let entries = Self.entries(in: resources)
        let denied = Self.portsDeniedFirst(in: entries)
        return entries.indices.compactMap { index in
            let entry = entries[index]
            // The ephemeral range a stateless ACL must open for the answers to outbound connections
            // covers database ports by accident, not to serve them.
            guard entry.allows, let ports = entry.ports, !Self.isEphemeralReturnRange(ports) else { return nil }
            let open = Self.services.compactMap { service -> String? in
                let reached = service.ports.filter { ports.contains($0) && !denied[index].contains($0) }
                guard !reached.isEmpty else { return nil }
                return "\(service.name) (\(reached.map(String.init).joined(separator: ", ")))"
            }
            guard !open.isEmpty else { return nil }
            let range = OpenIngressRule.describe(ports, over: ports == IngressOpening.allPorts ? .any : .tcp)
            return entry.resource.violation(
                at: entry.source, message: "\(entry.resource.address) allows \(open.joined(separator: ", ")) from the whole internet (\(range)).",
                detail: entry.detail)
        }
    }

    /// For each entry, the service ports a lower-numbered deny of the same ACL and address family
    /// already stops: one pass over each ACL's entries in rule-number order, so that an ACL of
    /// thousands of entries costs n log n, not n².
    private static func portsDeniedFirst(in entries: [Entry]) -> [Set<Int>] {
        let servicePorts = services.flatMap(\.ports)
        var denied = Array(repeating: Set<Int>(), count: entries.count)
        var groups: [String: [(number: Double, index: Int)]] = [:]
        for (index, entry) in entries.enumerated() {
            guard let acl = entry.acl, let number = entry.number else { continue }
            groups["\(acl)|\(entry.isIPv6)", default: []].append((number, index))
        }
        for group in groups.values {
            let ordered = group.sorted { $0.number < $1.number }
            var stopped = Set<Int>()
            var start = 0
            while start < ordered.count {
                // Entries of one number are judged against the denies numbered below it only.
                var end = start
                while end < ordered.count, ordered[end].number == ordered[start].number { end += 1 }
                for position in start..<end { denied[ordered[position].index] = stopped }
                for position in start..<end where !entries[ordered[position].index].allows {
                    if let ports = entries[ordered[position].index].ports { stopped.formUnion(servicePorts.filter(ports.contains)) }
                }
                start = end
            }
        }
        return denied
    }

    /// `1024-65535` (or a narrower start such as 32768): where the operating system picks the
    /// source port of outbound connections, whose answers come back through this entry.
    static func isEphemeralReturnRange(_ ports: ClosedRange<Int>) -> Bool {
        ports.lowerBound >= 1024 && ports.upperBound == 65535
    }

    private static func entries(in resources: AWSResources) -> [Entry] {
        var found: [Entry] = []
        for acl in resources.ofType("Terraform::EC2::NetworkAcl") {
            for (index, block) in (acl.setting("ingress")?.elements ?? []).enumerated() {
                if let entry = entry(block, of: acl, acl: acl.address, number: "rule_no", action: "action", detail: "ingress[\(index)].") {
                    found.append(entry)
                }
            }
        }
        for rule in resources.ofType("AWS::EC2::NetworkAclEntry") {
            guard rule.setting(rule.isTerraform ? "egress" : "Egress")?.known.boolValue != true else { continue }
            let target = rule.setting(rule.isTerraform ? "network_acl_id" : "NetworkAclId")
            let acl = target.flatMap { $0.references.count == 1 ? $0.references[0] : $0.known.stringValue }
            if let entry = entry(rule.properties, of: rule, acl: acl, number: rule.isTerraform ? "rule_number" : "RuleNumber",
                                 action: rule.isTerraform ? "rule_action" : "RuleAction", detail: "") {
                found.append(entry)
            }
        }
        return found
    }

    private static func entry(_ value: AWSValue, of resource: AWSResource, acl: String?, number: String, action: String, detail: String) -> Entry? {
        guard let allows = value.member(action)?.known.stringValue.map({ $0.lowercased() == "allow" }) else { return nil }
        let sources = resource.isTerraform ? [("cidr_block", false), ("ipv6_cidr_block", true)] : [("CidrBlock", false), ("Ipv6CidrBlock", true)]
        guard let (name, isIPv6) = sources.first(where: { value.member($0.0)?.known.stringValue.map(IngressOpening.isWorld) == true }),
              let source = value.member(name) else { return nil }
        let ranges = resource.isTerraform ? (value.member("from_port"), value.member("to_port"))
            : (value.member("PortRange")?.member("From"), value.member("PortRange")?.member("To"))
        return Entry(resource: resource, acl: acl, number: value.member(number)?.known.numberValue, allows: allows, source: source,
                     isIPv6: isIPv6, ports: tcpPorts(protocol: value.member("protocol")?.known, from: ranges.0?.known, to: ranges.1?.known),
                     detail: detail + name)
    }

    /// The TCP ports an entry covers: all of them for protocol `-1`/`all`, its range for TCP, none otherwise.
    private static func tcpPorts(protocol value: HCLValue?, from: HCLValue?, to: HCLValue?) -> ClosedRange<Int>? {
        guard let name = value?.stringValue?.lowercased() else { return nil }
        if name == "-1" || name == "all" { return IngressOpening.allPorts }
        guard IngressTransport(protocol: name) == .tcp, let low = from?.numberValue, let high = to?.numberValue,
              low >= 0, low <= high, high <= 65535 else { return nil }
        return Int(low)...Int(high)
    }
}

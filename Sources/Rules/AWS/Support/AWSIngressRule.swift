import InfragateParsers

/// The family "security group ingress from anywhere to port N" over both formats, sharing the port
/// classes and wording of the other clouds' firewall rules (`OpenIngressRule`). Each rule file makes one.
struct AWSIngressRule: Rule {
    let description: RuleDescription
    let scope: OpenIngressRule.Scope
    /// The exposed service, completing "allows … from the whole internet", e.g. "SSH".
    let service: String

    func check(_ resources: AWSResources) -> [Violation] {
        AWSIngressOpening.all(in: resources).compactMap { opening in
            // Unknown ports are not guessed into a finding; portless protocols (ICMP) have none.
            guard let ports = opening.ports, OpenIngressRule.reports(ports, over: opening.transport, scope: scope) else { return nil }
            let through = opening.source.parameter.map { ", through the default of parameter `\($0)`" } ?? ""
            return opening.resource.violation(
                at: opening.source,
                message: "\(opening.resource.address) allows \(service) from the whole internet (\(OpenIngressRule.describe(ports, over: opening.transport)))\(through).",
                detail: opening.detail)
        }
    }
}

/// One security-group permission that admits traffic from the whole internet: an item of a
/// group's `ingress` blocks (`SecurityGroupIngress`), an ingress `aws_security_group_rule`, or an
/// `aws_vpc_security_group_ingress_rule` (`AWS::EC2::SecurityGroupIngress`).
struct AWSIngressOpening {
    let resource: AWSResource
    /// The setting naming the world-wide source, where the finding points.
    let source: AWSValue
    /// Nil when the ports are unknown or the protocol has none (ICMP).
    let ports: ClosedRange<Int>?
    let transport: IngressTransport
    /// Distinguishes several openings of one resource in fingerprints: `ingress[1].cidr_blocks`.
    let detail: String

    private static let terraformSources = ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"]
    private static let cloudFormationSources = ["CidrIp", "CidrIpv6"]

    static func all(in resources: AWSResources) -> [AWSIngressOpening] {
        var found: [AWSIngressOpening] = []
        for group in resources.ofType("AWS::EC2::SecurityGroup") {
            let name = group.isTerraform ? "ingress" : "SecurityGroupIngress"
            for (index, permission) in (group.setting(name)?.elements ?? []).enumerated() {
                found += openings(of: permission, in: group, detail: "\(name)[\(index)].")
            }
        }
        for rule in resources.ofType("Terraform::EC2::SecurityGroupRule") where rule.setting("type")?.known.stringValue == "ingress" {
            found += openings(of: rule.properties, in: rule, detail: "rule.")
        }
        for rule in resources.ofType("AWS::EC2::SecurityGroupIngress") {
            found += openings(of: rule.properties, in: rule, detail: "")
        }
        return found
    }

    /// Terraform's `protocol`/`ip_protocol` and CloudFormation's `IpProtocol`, with `from_port`/`FromPort`
    /// and `to_port`/`ToPort` (spelled alike once normalised).
    private static func openings(of permission: AWSValue, in resource: AWSResource, detail: String) -> [AWSIngressOpening] {
        let protocolValue = (permission.member("IpProtocol") ?? permission.member("protocol"))?.known
        let ports = IngressOpening.portRange(from: permission.member("FromPort")?.known, to: permission.member("ToPort")?.known,
                                             protocol: protocolValue)
        return (resource.isTerraform ? terraformSources : cloudFormationSources).compactMap { name in
            guard let source = permission.member(name),
                  source.elements.contains(where: { $0.known.stringValue.map(IngressOpening.isWorld) == true })
            else { return nil }
            return AWSIngressOpening(resource: resource, source: source, ports: ports,
                                     transport: IngressTransport(protocol: protocolValue?.stringValue), detail: detail + name)
        }
    }
}

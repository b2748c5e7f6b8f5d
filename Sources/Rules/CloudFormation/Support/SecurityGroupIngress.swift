import InfragateParsers

/// One security-group permission that admits traffic from the whole internet: an item of a
/// group's `SecurityGroupIngress`, or an `AWS::EC2::SecurityGroupIngress` resource.
struct SecurityGroupIngress {
    let resource: CloudFormationResource
    /// The `CidrIp`/`CidrIpv6` property naming the world-wide source.
    let source: TemplateMember
    /// Nil when the ports are unknown (an intrinsic function) or the protocol has none (ICMP).
    let ports: ClosedRange<Int>?
    let transport: IngressTransport
    /// The property path, for identities: `SecurityGroupIngress[1].CidrIp`.
    let property: String

    private static let sourceProperties = ["CidrIp", "CidrIpv6"]

    static func all(in template: CloudFormationTemplate) -> [SecurityGroupIngress] {
        var found: [SecurityGroupIngress] = []
        for group in template.resources(ofType: ["AWS::EC2::SecurityGroup"]) {
            for (index, rule) in (group.property(["SecurityGroupIngress"])?.value.elements ?? []).enumerated() {
                found += openings(of: rule, in: group, path: "SecurityGroupIngress[\(index)].")
            }
        }
        for resource in template.resources(ofType: ["AWS::EC2::SecurityGroupIngress"]) {
            if let properties = resource.properties?.value {
                found += openings(of: properties, in: resource, path: "")
            }
        }
        return found
    }

    private static func openings(of rule: TemplateValue, in resource: CloudFormationResource, path: String) -> [SecurityGroupIngress] {
        sourceProperties.compactMap { name in
            guard let source = rule.member(name), let cidr = source.value.string, IngressOpening.isWorld(cidr) else { return nil }
            return SecurityGroupIngress(resource: resource, source: source, ports: ports(of: rule),
                                        transport: IngressTransport(protocol: rule.member("IpProtocol")?.value.known.stringValue),
                                        property: path + name)
        }
    }

    private static func ports(of rule: TemplateValue) -> ClosedRange<Int>? {
        let protocolValue = rule.member("IpProtocol")?.value.known
        if let name = protocolValue?.stringValue?.lowercased(), IngressTransport.portlessProtocols.contains(name) { return nil }
        return IngressOpening.portRange(from: rule.member("FromPort")?.value.known, to: rule.member("ToPort")?.value.known,
                                        protocol: protocolValue)
    }
}

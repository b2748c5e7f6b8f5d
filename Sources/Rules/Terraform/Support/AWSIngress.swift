import InfragateParsers

/// World-open ingress in AWS security groups: inline `ingress` blocks, `aws_security_group_rule`
/// and `aws_vpc_security_group_ingress_rule`.
enum AWSIngress {
    static func openings(in module: TerraformModule) -> [IngressOpening] {
        var openings: [IngressOpening] = []
        for group in module.resources(ofType: "aws_security_group") {
            for (index, ingress) in group.settings.blocks("ingress").enumerated() {
                openings += legacyOpenings(ingress, of: group, detail: "ingress[\(index)]")
            }
        }
        for rule in module.resources(ofType: "aws_security_group_rule") where rule.settings.value("type")?.stringValue == "ingress" {
            openings += legacyOpenings(rule.settings, of: rule, detail: "rule")
        }
        for rule in module.resources(ofType: "aws_vpc_security_group_ingress_rule") {
            let ports = IngressOpening.portRange(
                from: rule.settings.value("from_port"), to: rule.settings.value("to_port"), protocol: rule.settings.value("ip_protocol"))
            for name in ["cidr_ipv4", "cidr_ipv6"] {
                guard let attribute = rule.settings.attribute(name),
                      let source = module.evaluate(attribute.expression).stringValue, IngressOpening.isWorld(source)
                else { continue }
                openings.append(IngressOpening(resource: rule, line: attribute.line, ports: ports,
                                               transport: IngressTransport(protocol: rule.settings.value("ip_protocol")?.stringValue), detail: name))
            }
        }
        return openings
    }

    /// `from_port`/`to_port`/`protocol` with `cidr_blocks`/`ipv6_cidr_blocks` lists.
    private static func legacyOpenings(_ block: TerraformBlock, of resource: TerraformResource, detail: String) -> [IngressOpening] {
        let ports = IngressOpening.portRange(from: block.value("from_port"), to: block.value("to_port"), protocol: block.value("protocol"))
        return ["cidr_blocks", "ipv6_cidr_blocks"].compactMap { name in
            guard let attribute = block.attribute(name),
                  block.module.evaluate(attribute.expression).listElements.contains(where: { $0.stringValue.map(IngressOpening.isWorld) == true })
            else { return nil }
            return IngressOpening(resource: resource, line: attribute.line, ports: ports,
                                  transport: IngressTransport(protocol: block.value("protocol")?.stringValue), detail: "\(detail).\(name)")
        }
    }
}

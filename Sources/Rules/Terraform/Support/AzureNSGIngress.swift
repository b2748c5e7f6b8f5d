import InfragateParsers

/// World-open inbound rules in Azure network security groups: `azurerm_network_security_rule`
/// and `security_rule` blocks of `azurerm_network_security_group`.
enum AzureNSGIngress {
    static func openings(in module: TerraformModule) -> [IngressOpening] {
        var openings: [IngressOpening] = []
        for rule in module.resources(ofType: "azurerm_network_security_rule") {
            openings += self.openings(rule.settings, of: rule, detail: "rule")
        }
        for group in module.resources(ofType: "azurerm_network_security_group") {
            for (index, rule) in group.settings.blocks("security_rule").enumerated() {
                openings += self.openings(rule, of: group, detail: "security_rule[\(index)]")
            }
        }
        return openings
    }

    private static func openings(_ rule: TerraformBlock, of resource: TerraformResource, detail: String) -> [IngressOpening] {
        guard rule.value("direction")?.stringValue?.lowercased() == "inbound",
              rule.value("access")?.stringValue?.lowercased() == "allow",
              let source = worldSource(of: rule)
        else { return [] }
        let name = rule.value("protocol")?.stringValue?.lowercased()
        if let name, IngressTransport.portlessProtocols.contains(name) { return [] }
        let transport = IngressTransport(protocol: name)
        var ranges: [HCLValue] = []
        if let single = rule.value("destination_port_range") { ranges.append(single) }
        if let several = rule.value("destination_port_ranges") { ranges += several.listElements }
        return ranges.enumerated().map { index, range in
            IngressOpening(resource: resource, line: source.line, ports: range.stringValue.flatMap(IngressOpening.portRange),
                           transport: transport, detail: "\(detail).ports[\(index)]")
        }
    }

    private static func worldSource(of rule: TerraformBlock) -> HCLAttribute? {
        for name in ["source_address_prefix", "source_address_prefixes"] {
            guard let attribute = rule.attribute(name) else { continue }
            let values = rule.module.evaluate(attribute.expression).listElements
            if values.contains(where: { $0.stringValue.map(IngressOpening.isWorld) == true }) { return attribute }
        }
        return nil
    }
}

import InfragateParsers

/// World-open ingress in `google_compute_firewall` rules (one opening per `allow` block).
enum GCPFirewallIngress {
    static func openings(in module: TerraformModule) -> [IngressOpening] {
        module.resources(ofType: "google_compute_firewall").flatMap { firewall -> [IngressOpening] in
            let settings = firewall.settings
            if let direction = settings.value("direction")?.stringValue, direction.uppercased() != "INGRESS" { return [] }
            guard let sources = settings.attribute("source_ranges"),
                  module.evaluate(sources.expression).listElements.contains(where: { $0.stringValue.map(IngressOpening.isWorld) == true })
            else { return [] }
            return settings.blocks("allow").enumerated().flatMap { index, allow -> [IngressOpening] in
                let detail = "allow[\(index)]"
                let name = allow.value("protocol")?.stringValue?.lowercased()
                if let name, IngressTransport.portlessProtocols.contains(name) { return [] }
                let transport = IngressTransport(protocol: name)
                guard name != "all", let ports = allow.value("ports") else {
                    return [IngressOpening(resource: firewall, line: sources.line, ports: IngressOpening.allPorts, transport: transport, detail: detail)]
                }
                return ports.listElements.enumerated().map { portIndex, port in
                    IngressOpening(resource: firewall, line: sources.line, ports: port.stringValue.flatMap(IngressOpening.portRange),
                                   transport: transport, detail: "\(detail).ports[\(portIndex)]")
                }
            }
        }
    }
}

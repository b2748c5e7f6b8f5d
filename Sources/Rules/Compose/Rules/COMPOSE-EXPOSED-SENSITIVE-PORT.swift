import InfragateParsers

/// Database and admin ports published on every interface of the host.
struct ComposeExposedSensitivePort: Rule {
    let description = RuleDescription(
        id: "COMPOSE-EXPOSED-SENSITIVE-PORT", title: "Database or admin port published on all interfaces", severity: .high, cwe: 668,
        checklist: "Compose network › No databases or admin ports exposed",
        rationale: "A port published without a host address listens on every interface, and Docker's iptables rules bypass host firewalls such as ufw: databases (5432, 3306, 27017, 6379, 9200…), SSH and the Docker API become reachable from the network. High.",
        recommendation: "Publish on loopback (`\"127.0.0.1:5432:5432\"`), or do not publish at all and let services talk over the Compose network.",
        equivalents: [.kics("Container Traffic Not Bound To Host Interface")],
        triggering: ["""
            services:
              db:
                image: postgres:16
                ports:
            ↓      - "5432:5432"
                  - "127.0.0.1:6379:6379"
            ↓      - "${REDIS_BIND:-0.0.0.0}:6380:6379"
            ↓      - target: 27017
                    published: "27017"
                    host_ip: 0.0.0.0
            """],
        nonTriggering: ["""
            services:
              db:
                image: postgres:16
                ports:
                  - "127.0.0.1:5432:5432"
                  - "${DB_BIND:-127.0.0.1}:5433:5432"
                  - "[::1]:6379:6379"
                  - "8080:80"
                  - target: 27017
                    published: "27017"
                    host_ip: 127.0.0.1
            """])

    func check(_ service: ComposeService) -> [Violation] {
        service.ports.compactMap { port in
            guard port.isOnAllInterfaces,
                  let exposed = [port.target, port.published].compactMap({ $0 }).first(where: SensitivePort.all.contains)
            else { return nil }
            return Violation(line: port.line, message: "Service `\(service.name)` publishes port \(exposed) on all interfaces.",
                             identity: service.identity("port:\(exposed)"))
        }
    }
}

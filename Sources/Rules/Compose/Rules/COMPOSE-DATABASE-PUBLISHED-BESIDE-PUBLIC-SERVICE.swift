import InfragateParsers

/// A database or cache that publishes its own port on every interface while sharing a network
/// with a service that is published too: the data tier faces the network as the front does.
struct ComposeDatabasePublishedBesidePublicService: Rule {
    /// Image names (the last part of the repository) of databases, caches and search engines.
    private static let dataStoreImages: Set<String> = [
        "postgres", "postgresql", "postgis", "timescaledb", "mysql", "mariadb", "percona-server", "mongo", "mongodb",
        "mongodb-community-server", "redis", "redis-stack-server", "valkey", "keydb", "dragonfly", "memcached",
        "elasticsearch", "opensearch", "cassandra", "scylla", "couchdb", "couchbase", "neo4j", "influxdb",
        "clickhouse-server", "cockroach", "rethinkdb", "mssql-server", "etcd", "arangodb",
    ]

    let description = RuleDescription(
        id: "COMPOSE-DATABASE-PUBLISHED-BESIDE-PUBLIC-SERVICE", title: "Database publishes its port and shares a network with a published service",
        severity: .high, cwe: 668,
        checklist: "Compose network › Database and cache services not on the published network",
        rationale: """
            A database or cache service (known by its image: `postgres`, `mysql`, `mariadb`, `mongo`, `redis`, \
            `valkey`, `memcached`, `elasticsearch`…) that publishes a port without a host address listens on \
            every interface of the host, bypassing host firewalls through Docker's iptables rules, while it \
            shares a network (the default network counts) with a service that is published too: the data \
            tier is reachable from outside directly, and from the front service with nothing between them. \
            Networks marked `internal: true` are not counted. Where the port is a well-known database port, \
            this replaces `COMPOSE-EXPOSED-SENSITIVE-PORT` at that line. High.
            """,
        recommendation: "Do not publish the database's port (services reach it over the Compose network by name), or bind it to loopback (`\"127.0.0.1:5432:5432\"`); keep it on an `internal: true` network with only the services that need it.",
        subsumes: ["COMPOSE-EXPOSED-SENSITIVE-PORT"],
        triggering: ["""
            services:
              web:
                image: registry.example.com/shop:1.4
                ports: ["80:8080"]
              db:
                image: postgres:16
                ports:
            ↓      - "15432:5432"
            """,
            // Named networks: the cache shares `front` with the published proxy.
            """
            services:
              proxy:
                image: nginx:1.27
                ports: ["443:443"]
                networks: [front]
              cache:
                image: bitnami/redis:7.4
                networks:
                  front: {}
                  back: {}
                ports:
            ↓      - target: 6379
                    published: "6379"
            networks:
              front: {}
              back: {internal: true}
            """],
        nonTriggering: [
            // The database reached over the network by name, not published.
            """
            services:
              web:
                image: registry.example.com/shop:1.4
                ports: ["80:8080"]
              db:
                image: postgres:16
            """,
            // Published on loopback only, for local tools.
            """
            services:
              web:
                image: registry.example.com/shop:1.4
                ports: ["80:8080"]
              db:
                image: mysql:8.4
                ports:
                  - "127.0.0.1:3306:3306"
                  - target: 33060
                    published: "33060"
                    host_ip: 127.0.0.1
            """,
            // The database's only network is internal: the segmentation asked for.
            """
            services:
              web:
                image: registry.example.com/shop:1.4
                ports: ["80:8080"]
                networks: [front, back]
              db:
                image: postgres:16
                networks: [back]
                ports:
                  - "5432:5432"
            networks:
              front: {}
              back: {internal: true}
            """,
        ])

    func check(_ service: ComposeService) -> [Violation] {
        guard let image = service.interpolated("image").map({ ImageReference(parsing: $0.value) }),
              let name = image.repository.split(separator: "/").last.map(String.init), Self.dataStoreImages.contains(name),
              let (neighbour, network) = service.networks.publishedNeighbour(of: service) else { return [] }
        let sharing = network == ComposeNetworks.defaultNetwork ? "the default network" : "network `\(network)`"
        return service.ports.filter(\.isOnAllInterfaces).map { port in
            let number = port.published ?? port.target
            return Violation(line: port.line,
                             message: "Database service `\(service.name)` (`\(name)`) publishes port \(number.map(String.init) ?? "?") on all interfaces and shares \(sharing) with published service `\(neighbour)`.",
                             identity: service.identity("published-database:\(number.map(String.init) ?? "?")"))
        }
    }
}

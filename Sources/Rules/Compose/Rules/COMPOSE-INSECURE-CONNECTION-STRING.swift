import InfragateParsers

/// A connection string in `environment` that sends database or broker traffic unencrypted.
struct ComposeInsecureConnectionString: Rule {
    let description = RuleDescription(
        id: "COMPOSE-INSECURE-CONNECTION-STRING", title: "Connection string without TLS in the environment", severity: .medium, cwe: 319,
        owasp: ConnectionString.owasp, checklist: ConnectionString.checklist,
        rationale: ConnectionString.rationale, recommendation: ConnectionString.recommendation,
        triggering: ["""
            services:
              api:
                image: api:2.1
                environment:
            ↓      DATABASE_URL: postgres://api@db.prod.example.net:5432/shop?sslmode=disable
            ↓      JDBC_URL: jdbc:mysql://mysql.prod.example.net:3306/shop?useSSL=false&serverTimezone=UTC
            ↓      CACHE_URL: redis://cache.prod.example.net:6379/0
            ↓      PGDSN: host=pg.prod.example.net dbname=shop sslmode=prefer
            """, """
            services:
              worker:
                image: worker:1.0
                environment:
                  # Percent-encoded and defaulted: Compose and libpq both read it as `disable`.
            ↓      - DATABASE_URL=postgresql://worker@db.prod.example.net/jobs?sslmode=${PGSSLMODE:-disabl%65}
                  # A host set at deploy time is not known to be the loopback.
            ↓      - REPORTS_URL=postgresql://worker@${REPORTS_HOST}/reports?sslmode=disable
            ↓      - MONGO_URL=mongodb://mongo:27017/jobs?tls=false
            """],
        nonTriggering: ["""
            services:
              api:
                image: api:2.1
                environment:
                  DATABASE_URL: postgres://api@db.prod.example.net:5432/shop?sslmode=verify-full
                  JDBC_URL: jdbc:mysql://mysql.prod.example.net:3306/shop?sslMode=VERIFY_IDENTITY
                  CACHE_URL: rediss://cache.prod.example.net:6379/0
                  BROKER_URL: amqps://mq.prod.example.net:5671/
                  MONGO_URL: mongodb+srv://cluster0.prod.example.net/shop
                  PGSSLMODE_URL: postgres://api@db.prod.example.net/shop?sslmode=${PGSSLMODE:?}
            """, """
            services:
              api:
                image: api:2.1
                environment:
                  # The loopback, a Unix socket, and plain schemes inside the Compose network.
                  - DATABASE_URL=postgres://api@localhost:5432/shop?sslmode=disable
                  - SOCKET_DSN=host=/var/run/postgresql dbname=shop sslmode=disable
                  - SOCKET_URL=postgresql://api@%2Fvar%2Frun%2Fpostgresql/shop?sslmode=disable
                  - CACHE_URL=redis://cache:6379/0
                  - BROKER_URL=amqp://rabbitmq:5672/
                  - NOTE=set sslmode=disable only for local tests
                  - EXAMPLE_URL=postgres://user@<host>:5432/db?sslmode=disable
            """])

    func check(_ service: ComposeService) -> [Violation] {
        service.environment.flatMap { variable -> [Violation] in
            guard let value = variable.value else { return [] }
            // Compose substitutes defaults before the client reads the value.
            let read = ComposeInterpolation.valueWhenUnset(value) ?? value
            return ConnectionString.downgrades(in: read).map { downgrade in
                Violation(line: variable.line, message: ConnectionString.message(downgrade, subject: "Service `\(service.name)` sets `\(variable.name)`: it"),
                          identity: service.identity("connection:\(variable.name)"))
            }
        }
    }
}

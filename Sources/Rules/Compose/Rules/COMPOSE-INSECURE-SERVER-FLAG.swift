import InfragateParsers

/// A database or cache server started with a flag that turns its protection off, in `command`
/// or `entrypoint`: flags override the configuration file.
struct ComposeInsecureServerFlag: Rule {
    let description = RuleDescription(
        id: "COMPOSE-INSECURE-SERVER-FLAG", title: "Service starts a database or cache with its protection turned off", severity: .high, cwe: 693,
        checklist: "Databases › SSL/TLS required for connections",
        rationale: "A command-line flag overrides the server's configuration file, so `postgres -c ssl=off`, `-c password_encryption=md5`, `mysqld --skip-grant-tables`, `--require-secure-transport=OFF`, `redis-server --protected-mode no` or `--requirepass \"\"` switch TLS, authentication or protected mode off however carefully `postgresql.conf`, `my.cnf` or `redis.conf` is written, and no configuration scanner reads them. The server is recognised as the command's program (also inside `sh -c`, after `exec` or `docker-entrypoint.sh`), or by the official image when the command is only flags. High: `skip-grant-tables` alone opens the database to anyone who reaches it.",
        recommendation: "Remove the flag and set the secure value in the server's configuration (`ssl = on`, `password_encryption = scram-sha-256`, `require_secure_transport = ON`, `protected-mode yes` with `requirepass` from a secret).",
        triggering: [
            """
            services:
              db:
                image: postgres:16
            ↓    command: postgres -c ssl=off -c shared_buffers=256MB
            """,
            """
            services:
              db:
                image: mysql:8.4
                command:
            ↓      - --skip-grant-tables
                  - --character-set-server=utf8mb4
              cache:
                image: redis:7.4
            ↓    command: ["sh", "-c", "exec redis-server --protected-mode no --appendonly yes"]
            """,
            """
            services:
              legacy-db:
                image: mariadb:11
            ↓    command: --require-secure-transport=OFF
              pg:
                image: postgres:16
                entrypoint: docker-entrypoint.sh
                command:
                  - postgres
                  - -c
            ↓      - password_encryption=md5
            """,
        ],
        nonTriggering: [
            """
            services:
              db:
                image: postgres:16
                command: postgres -c ssl=on -c ssl_cert_file=/run/secrets/db.crt -c password_encryption=scram-sha-256
              mysql:
                image: mysql:8.4
                command: --require-secure-transport=ON --skip-name-resolve
              cache:
                image: redis:7.4
                command: redis-server --protected-mode yes --requirepass ${REDIS_PASSWORD}
            """,
            // A client that names the server is not the server.
            """
            services:
              migrate:
                image: postgres:16
                command: psql -h db -U postgres -c "ALTER SYSTEM SET ssl = off"
            """,
        ])

    func check(_ service: ComposeService) -> [Violation] {
        let image = service.node["image"]?.string.flatMap { $0.isEmpty ? nil : ImageReference(parsing: $0) }
        let words = Self.words(of: service.node["entrypoint"]) + Self.words(of: service.node["command"])
        return ServerCommandLine.problems(in: words, image: image).map { problem in
            Violation(line: problem.line, message: "Service `\(service.name)` starts \(problem.server) with `\(problem.flag)`: \(problem.why).",
                      identity: service.identity("server-flag:\(problem.flag)"))
        }
    }

    /// A list is the words as written; a string is split as Compose splits it (shell quoting, no shell).
    private static func words(of node: YAMLNode?) -> [ServerCommandLine.Word] {
        guard let node else { return [] }
        if let text = node.string {
            return ConfigurationWords.split(text[...], comments: .never, singleQuotes: true, escapes: true).map { .init(text: $0, line: node.line) }
        }
        return node.items.compactMap { item in item.string.map { .init(text: $0, line: item.line) } }
    }
}

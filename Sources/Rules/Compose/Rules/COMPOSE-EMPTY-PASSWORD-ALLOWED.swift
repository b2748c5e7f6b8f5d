import InfragateParsers

/// `ALLOW_EMPTY_PASSWORD=yes` and its kin: the database or cache starts without any password.
struct ComposeEmptyPasswordAllowed: Rule {
    /// Variables whose image entrypoints start the service without a password, and how each reads its
    /// value: Bitnami's `is_boolean_yes` (`yes`, `true`, `1`), the official MySQL and MariaDB images any
    /// non-empty value, PostgreSQL's `POSTGRES_HOST_AUTH_METHOD` the method `trust`.
    private static let switches: [String: @Sendable (String) -> Bool] = [
        "ALLOW_EMPTY_PASSWORD": isBooleanYes,
        "MYSQL_ALLOW_EMPTY_PASSWORD": { !$0.isEmpty },
        "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD": { !$0.isEmpty },
        "MARIADB_ALLOW_EMPTY_PASSWORD": { !$0.isEmpty },
        "POSTGRES_HOST_AUTH_METHOD": { $0.lowercased() == "trust" },
    ]

    private static func isBooleanYes(_ value: String) -> Bool {
        ["yes", "true", "1"].contains(value.lowercased())
    }

    let description = RuleDescription(
        id: "COMPOSE-EMPTY-PASSWORD-ALLOWED", title: "Database or cache allowed to run without a password", severity: .high, cwe: 306,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Compose secrets › Databases and caches require a password",
        rationale: """
            `ALLOW_EMPTY_PASSWORD=yes` (Bitnami images), `MYSQL_ALLOW_EMPTY_PASSWORD`, `MARIADB_ALLOW_EMPTY_ROOT_PASSWORD` \
            (any non-empty value, as the official entrypoints read it) and `POSTGRES_HOST_AUTH_METHOD=trust` start the \
            service with no password at all: whoever reaches the port, another container on the network or the host's \
            interfaces if it is published, is the administrator. High. A variable is read as Compose reads it when \
            unset (`${ALLOW_EMPTY_PASSWORD:-yes}` is `yes`). This is not a secret in the file, so it is not \
            `COMPOSE-SECRET-IN-ENV`.
            """,
        recommendation: "Remove the switch and set a password from the environment or a secret file (`MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root`, `REDIS_PASSWORD: ${REDIS_PASSWORD:?}`).",
        triggering: ["""
            services:
              cache:
                image: bitnami/redis:7.2
                environment:
            ↓      - ALLOW_EMPTY_PASSWORD=yes
              db:
                image: mysql:8.4
                environment:
            ↓      MYSQL_ALLOW_EMPTY_PASSWORD: "true"
              pg:
                image: postgres:16
                environment:
            ↓      POSTGRES_HOST_AUTH_METHOD: trust
              queue:
                image: bitnami/rabbitmq:3.13
                environment:
            ↓      ALLOW_EMPTY_PASSWORD: ${ALLOW_EMPTY_PASSWORD:-yes}
            """],
        nonTriggering: ["""
            services:
              cache:
                image: bitnami/redis:7.2
                environment:
                  - ALLOW_EMPTY_PASSWORD=no
                  - REDIS_PASSWORD_FILE=/run/secrets/redis
              db:
                image: mysql:8.4
                environment:
                  MYSQL_ALLOW_EMPTY_PASSWORD: ""
                  MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root
              pg:
                image: postgres:16
                environment:
                  POSTGRES_HOST_AUTH_METHOD: scram-sha-256
                  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?}
              queue:
                image: bitnami/rabbitmq:3.13
                environment:
                  ALLOW_EMPTY_PASSWORD: ${ALLOW_EMPTY_PASSWORD}
            """])

    func check(_ service: ComposeService) -> [Violation] {
        service.environment.compactMap { variable in
            guard let allows = Self.switches[variable.name], !variable.isLeftToEnvironment, let value = variable.value, allows(value) else { return nil }
            return Violation(line: variable.line,
                             message: "Service `\(service.name)` sets `\(variable.name)=\(value)`, so it starts without a password.",
                             identity: service.identity("environment:\(variable.name)"))
        }
    }
}

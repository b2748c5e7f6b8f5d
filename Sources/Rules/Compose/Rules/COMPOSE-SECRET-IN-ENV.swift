import InfragateParsers

/// Credentials written into `environment` are committed, and default ones are the first thing tried.
struct ComposeSecretInEnvironment: Rule {
    /// Values every credential-stuffing list starts with.
    private static let wellKnownDefaults: Set<String> = [
        "password", "changeme", "admin", "root", "secret", "postgres", "mysql", "123456", "example", "test", "guest", "default",
    ]

    let description = RuleDescription(
        id: "COMPOSE-SECRET-IN-ENV", title: "Secret written as a literal environment value", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Compose secrets › Secrets come from the environment or secret files, not literals",
        rationale: "A password or token written into `environment` is committed to git and visible to `docker inspect`; default passwords such as `POSTGRES_PASSWORD=postgres` or `changeme` are guessed within minutes once the port is reachable. High.",
        recommendation: "Interpolate it from the deployment environment (`${DB_PASSWORD:?}`), or use Compose `secrets` (`*_FILE` variables).",
        triggering: ["""
            services:
              db:
                image: postgres:16
                environment:
            ↓      POSTGRES_PASSWORD: postgres
                  POSTGRES_DB: shop
              api:
                image: api:2.1
                environment:
                  - LOG_LEVEL=info
            ↓      - API_TOKEN=3f9a1c2b7d
            """],
        nonTriggering: ["""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD_FILE: /run/secrets/db_password
                  POSTGRES_USER: shop
                  POSTGRES_HOST_AUTH_PASSWORD_REQUIRED: "yes"
              api:
                image: api:2.1
                environment:
                  - API_TOKEN=${API_TOKEN:?}
                  - DB_PASSWORD
                  - API_SECRET=‹set by the deploy job›
                  - SQS_KMS_SECRET_KEY=alias/aws/sqs
            """])

    func check(_ service: ComposeService) -> [Violation] {
        service.environment.compactMap { variable in
            guard let value = variable.value, SecretName.matches(variable.name), !variable.name.hasSuffix("_FILE"),
                  SecretValue.classify(value).isCredential else { return nil }
            let kind = Self.wellKnownDefaults.contains(value.lowercased()) ? "a well-known default password" : "a literal value"
            return Violation(line: variable.line, message: "Service `\(service.name)` sets `\(variable.name)` to \(kind).",
                             identity: service.identity("environment:\(variable.name)"))
        }
    }
}

import InfragateParsers

/// A connection string in a `.env` or `.properties` file that sends database or broker traffic unencrypted.
struct AppSettingsInsecureConnectionString: Rule {
    let description = RuleDescription(
        id: "APPSETTINGS-INSECURE-CONNECTION-STRING", title: "Connection string without TLS in application settings", severity: .medium, cwe: 319,
        owasp: ConnectionString.owasp, checklist: ConnectionString.checklist,
        rationale: ConnectionString.rationale + " Read in `.env` files (as dotenv and Compose's `env_file` read them: `export`, quotes, comments) and Java `.properties` (`=`, `:` or a blank as separator, `\\` continuations), where Spring's `spring.datasource.url` and the drivers' URLs live; Go MySQL DSNs (`tcp(host:port)/db?tls=false`) too.",
        recommendation: ConnectionString.recommendation,
        triggering: [
            RuleExample("APP_ENV=production\n↓DATABASE_URL=\"postgres://app@db.prod.example.net:5432/shop?sslmode=disable\"\n↓export MYSQL_DSN=app@tcp(mysql.prod.example.net:3306)/shop?tls=false\n↓CACHE_URL=redis://cache.prod.example.net:6379/0 # sessions", path: ".env.production"),
            RuleExample("spring.application.name=shop\n↓spring.datasource.url = jdbc:mysql://mysql.prod.example.net:3306/shop?\\\n    useSSL=false&serverTimezone=UTC\n↓reports.jdbc.url: jdbc:postgresql://pg.prod.example.net/reports?sslmode=disable", path: "src/main/resources/application.properties"),
        ],
        nonTriggering: [
            RuleExample("DATABASE_URL=postgres://app@db.prod.example.net:5432/shop?sslmode=verify-full\nMYSQL_DSN=app@tcp(mysql.prod.example.net:3306)/shop?tls=true\nCACHE_URL=rediss://cache.prod.example.net:6379/0\n# DATABASE_URL=postgres://app@db.prod.example.net/shop?sslmode=disable", path: ".env"),
            RuleExample("spring.datasource.url=jdbc:mysql://mysql.prod.example.net:3306/shop?sslMode=VERIFY_IDENTITY\n! local development only\ndev.datasource.url=jdbc:postgresql://localhost:5432/shop?sslmode=disable", path: "src/main/resources/application.properties"),
        ])

    func check(_ file: AppSettingsFile) -> [Violation] {
        file.settings.entries.flatMap { entry in
            ConnectionString.downgrades(in: entry.value).map { downgrade in
                Violation(line: entry.line, message: ConnectionString.message(downgrade, subject: "`\(entry.key.prefix(120))`"),
                          identity: "appsettings|connection|\(entry.key)")
            }
        }
    }
}

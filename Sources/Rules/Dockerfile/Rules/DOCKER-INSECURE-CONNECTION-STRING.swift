import InfragateParsers

/// `ENV DATABASE_URL=postgres://…?sslmode=disable`: an image that connects to its database or broker unencrypted.
struct DockerInsecureConnectionString: Rule {
    let description = RuleDescription(
        id: "DOCKER-INSECURE-CONNECTION-STRING", title: "Connection string without TLS set in ENV or ARG", severity: .medium, cwe: 319,
        owasp: ConnectionString.owasp, checklist: ConnectionString.checklist,
        rationale: ConnectionString.rationale, recommendation: ConnectionString.recommendation,
        triggering: [
            "FROM python:3.12-slim\n↓ENV DATABASE_URL=postgresql://app@db.prod.example.net/app?sslmode=disable",
            #"""
            FROM eclipse-temurin:21-jre
            ↓ENV APP_ENV=production \
                SPRING_DATASOURCE_URL="jdbc:mysql://mysql.prod.example.net:3306/app?useSSL=false"
            """#,
            "↓ARG CACHE_URL=redis://cache.prod.example.net:6379\nFROM alpine:3.20",
        ],
        nonTriggering: [
            "FROM python:3.12-slim\nENV DATABASE_URL=postgresql://app@db.prod.example.net/app?sslmode=verify-full",
            "FROM alpine:3.20\nENV CACHE_URL=rediss://cache.prod.example.net:6380 LOCAL_DB=postgres://app@localhost/app?sslmode=disable",
            "FROM alpine:3.20\nARG DATABASE_URL\nENV DATABASE_URL=$DATABASE_URL",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        let global = build.dockerfile.globalArguments.flatMap { Self.violations(for: $0, scope: "global") }
        let staged = build.dockerfile.stages.flatMap { stage in
            stage.instructions.flatMap { Self.violations(for: $0, scope: "stage:\(stage.label)") }
        }
        return global + staged
    }

    private static func violations(for instruction: Instruction, scope: String) -> [Violation] {
        guard instruction.keyword == "ENV" || instruction.keyword == "ARG" else { return [] }
        return instruction.assignments.flatMap { assignment -> [Violation] in
            guard let value = assignment.value else { return [] }
            return ConnectionString.downgrades(in: value).map { downgrade in
                Violation(line: instruction.line, endLine: instruction.endLine,
                          message: ConnectionString.message(downgrade, subject: "`\(instruction.keyword) \(assignment.name)`"),
                          identity: "\(scope)|connection:\(assignment.name)")
            }
        }
    }
}

import Foundation
import InfragateParsers

/// `ENV DB_PASSWORD=hunter2`: a credential written into the Dockerfile and the image metadata.
struct HardcodedSecret: Rule {
    let description = RuleDescription(
        id: "DOCKER-HARDCODED-SECRET", title: "Secret value set in ENV or ARG", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets management › No secrets in images or build files",
        rationale: """
            A literal value for a variable named like a password, token, secret, API key, private key, access key \
            or credentials is in the repository's history for good, and `ENV` values (and `ARG` values used by \
            `RUN`) are readable by anyone who can pull the image (`docker history`, `docker inspect`). High: it is \
            a credential leak. Every stage is checked, since the Dockerfile itself is committed. References such \
            as `$API_KEY`, empty values, bare `ARG NAME` declarations and names of files holding a secret \
            (`…_FILE`, `…_PATH`) are not reported. The value never appears in the finding.
            """,
        recommendation: "Pass secrets at build time with `RUN --mount=type=secret,id=…` and at run time through the orchestrator's secret store; rotate the exposed value.",
        equivalents: [.trivy("AVD-DS-0031")],
        triggering: [
            "FROM alpine:3.20\n↓ENV DB_PASSWORD=hunter2",
            "↓ARG GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s\nFROM alpine:3.20",
            "FROM node:20-alpine\n↓ENV NPM_TOKEN abc123",
            #"""
            FROM python:3.12-slim
            ↓ENV APP_ENV=production \
                AWS_SECRET_ACCESS_KEY="q8Zr2XkT9vLm4NpW7sYb3HcJ6dFg1QeAa5Uo0Rt"
            """#,
            "FROM alpine:3.20\n↓ARG apiKey=xyz",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nARG NPM_TOKEN\nENV DB_PASSWORD_FILE=/run/secrets/db_password",
            "FROM alpine:3.20\nARG API_KEY\nENV API_KEY=$API_KEY",
            "FROM alpine:3.20\nENV TOKENIZERS_PARALLELISM=false",
            "FROM alpine:3.20\nENV GIT_TERMINAL_PASSWORD_PROMPT=0 VAULT_SECRET=secret/data/shop/api",
            "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE API_TOKEN=<your-token>",
            "FROM alpine:3.20\nENV PASSWORD=\"\"",
            "FROM alpine:3.20\nRUN --mount=type=secret,id=token cat /run/secrets/token",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        let global = build.dockerfile.globalArguments.compactMap { Self.violation(for: $0, scope: "global") }
        let staged = build.dockerfile.stages.flatMap { stage in
            stage.instructions.compactMap { Self.violation(for: $0, scope: "stage:\(stage.label)") }
        }
        return global + staged
    }

    private static func violation(for instruction: Instruction, scope: String) -> Violation? {
        guard instruction.keyword == "ENV" || instruction.keyword == "ARG" else { return nil }
        let names = instruction.assignments.filter { assignment in
            guard let value = assignment.value, SecretValue.classify(value).isCredential else { return false }
            return SecretName.matches(assignment.name)
        }.map(\.name)
        guard !names.isEmpty else { return nil }
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        return Violation(
            line: instruction.line, endLine: instruction.endLine,
            message: "`\(instruction.keyword)` sets a literal value for \(list); it is stored in the image and the repository",
            identity: "\(scope)|\(instruction.keyword) \(names.joined(separator: ","))")
    }
}

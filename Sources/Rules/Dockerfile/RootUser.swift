import InfragateParsers

/// The container's default user is root: no `USER` in the final stage (or the stages it is built
/// on), or the last `USER` is root.
enum RootUser: DockerfileRule {
    static let description = RuleDescription(
        id: "DOCKER-ROOT-USER", title: "Final stage runs as root", severity: .high, cwe: 250,
        checklist: "Container security › Non-root user configured",
        rationale: """
            A process running as root inside the container is root on the host's kernel: any code-execution bug \
            becomes a much shorter path to container escape, and the process can rewrite everything in the image. \
            High, because it multiplies the impact of every other vulnerability in the image. Only the final stage \
            matters (builder stages do not ship); `USER` is inherited through `FROM <earlier stage>`, and variables \
            are substituted when the file gives their values. With no `USER` at all the finding points at the final \
            `FROM`; images whose tag says `nonroot` (distroless, Chainguard) already default to a non-root user.
            """,
        recommendation: "Create an unprivileged user and end the final stage with `USER 10001` (or `USER app`); switch to root only for the steps that need it.",
        equivalents: [
            .hadolint("DL3002"), .checkov("CKV_DOCKER_3"), .checkov("CKV_DOCKER_8"), .trivy("AVD-DS-0002"),
            .kics("Missing User Instruction"), .kics("Last User Is 'root'"),
        ],
        triggering: [
            "↓FROM node:20-alpine\nWORKDIR /app\nCMD [\"node\", \"server.js\"]",
            "FROM alpine:3.20\nUSER app\n↓USER root\nCMD [\"sh\"]",
            "FROM golang:1.22 AS build\nUSER 10001\nRUN go build -o /app\n↓FROM alpine:3.20\nCOPY --from=build /app /app",
            "FROM debian:12-slim\nENV RUNTIME_USER=root\n↓USER ${RUNTIME_USER}",
            "FROM alpine:3.20\n↓USER 0:0",
            "FROM alpine:3.20\n↓user root:wheel",
            "FROM debian:12-slim AS base\n↓USER root\nRUN apt-get update\nFROM base\nCMD [\"bash\"]",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nRUN adduser -D app\nUSER app\nCMD [\"sh\"]",
            "FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD [\"sh\"]",
            "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app",
            "FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001",
            "FROM alpine:3.20\nARG APP_UID\nUSER ${APP_UID}",
            "FROM alpine:3.20 AS build\nRUN make\nFROM alpine:3.20\nUSER rootless",
        ])

    static func check(_ dockerfile: Dockerfile, in context: DockerfileContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        let lineage = dockerfile.lineage(of: final)
        for stage in lineage {
            guard let user = stage.instructions.last(where: { $0.keyword == "USER" }) else { continue }
            guard let name = user.resolvedWords?.first?.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first,
                  name == "root" || name == "0"
            else { return [] }
            return [Violation(
                line: user.line, endLine: user.endLine,
                message: "The last `USER` of the final stage is `\(user.arguments)`, so the container runs as root",
                identity: stage.identity(of: user))]
        }
        if case .image(let image)? = lineage.last?.base, image.tag?.lowercased().contains("nonroot") == true { return [] }
        return [Violation(
            line: final.from.line, endLine: final.from.endLine,
            message: "The final stage\(final.name.map { " `\($0)`" } ?? "") sets no `USER`, so the container runs as root",
            identity: final.identity("no USER"))]
    }
}

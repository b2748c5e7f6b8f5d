import InfragateParsers

/// The container's default user is root: no `USER` in the final stage (or the stages it is built
/// on), or the last `USER` is root in any spelling, or cannot be told from the file.
struct RootUser: Rule {
    let description = RuleDescription(
        id: "DOCKER-ROOT-USER", title: "Final stage runs as root", severity: .high, cwe: 250,
        checklist: "Container security › Non-root user configured",
        rationale: """
            A process running as root inside the container is root on the host's kernel: any code-execution bug \
            becomes a much shorter path to container escape, and the process can rewrite everything in the image. \
            High, because it multiplies the impact of every other vulnerability in the image. Only the final stage \
            matters (builder stages do not ship); `USER` is inherited through `FROM <earlier stage>`, including that \
            stage's `ONBUILD USER` triggers. Variables are substituted as BuildKit does; a `USER` whose value the file \
            does not give, that is empty, or that is uid 0 in any spelling (`0`, `00`, `+0`, `0:0`, `root:1000`) or \
            outside the uid range counts as root, and so does a name the build gives uid 0 (`useradd -o -u 0 admin`, \
            `usermod -u 0`, an `admin:x:0:…` line written to `/etc/passwd`, in any stage). With no `USER` at all the \
            finding points at the final `FROM`, unless the base image is one known to default to a non-root user: `gcr.io/distroless/*` with the tag `nonroot` or \
            `debug-nonroot` (optionally with an architecture suffix) and `cgr.dev/chainguard/static`.
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
            "FROM alpine:3.20\n↓USER 00",
            "FROM alpine:3.20\n↓USER +0",
            "FROM alpine:3.20\n↓user root:wheel",
            "FROM alpine:3.20\n↓USER root:1000",
            "FROM alpine:3.20\n↓USER ${NOPE:-root}",
            "FROM alpine:3.20\nARG APP_UID\n↓USER ${APP_UID}",
            "FROM alpine:3.20\nUSER app\nARG EMPTY=\n↓USER $EMPTY",
            "FROM alpine:3.20\n↓USER \" root\"",
            "FROM alpine:3.20\n↓USER ro\\ot",
            "FROM debian:12-slim AS base\n↓USER root\nRUN apt-get update\nFROM base\nCMD [\"bash\"]",
            "FROM alpine:3.20 AS base\nUSER 10001\n↓ONBUILD USER root\nFROM base\nCMD [\"sh\"]",
            "FROM alpine:3.20\nRUN adduser -D -u 0 admin\n↓USER admin",
            "FROM debian:12 AS build\nRUN useradd --non-unique --uid=00 ops\nFROM debian:12-slim\nCOPY --from=build /etc/passwd /etc/passwd\n↓USER ops",
            "FROM alpine:3.20\nRUN echo 'svc:x:0:0::/:/bin/sh' >> /etc/passwd\n↓USER svc",
            "↓FROM evil/nonroot:latest\nCOPY app /app",
            "↓FROM gcr.io/distroless/static-debian12:latest\nCOPY app /app",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nRUN adduser -D app\nUSER app\nCMD [\"sh\"]",
            "FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD [\"sh\"]",
            "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app",
            "FROM gcr.io/distroless/nodejs20-debian12:debug-nonroot-arm64\nCOPY app /app",
            "FROM cgr.dev/chainguard/static:latest\nCOPY app /app",
            "FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001",
            "FROM alpine:3.20\nARG APP_UID\nUSER ${APP_UID:-10001}",
            "FROM alpine:3.20\nARG APP_UID=10001\nUSER ${APP_UID}:0",
            "FROM alpine:3.20\nUSER \\$HOME",
            "FROM alpine:3.20 AS build\nRUN make\nFROM alpine:3.20\nUSER rootless",
            "FROM alpine:3.20\nRUN adduser -D -u 10001 app && echo 'app:x:10001:10001::/app:/sbin/nologin' >> /etc/passwd\nUSER app",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        guard let final = build.dockerfile.finalStage else { return [] }
        let lineage = build.dockerfile.lineage(of: final)
        let aliases = RuntimeUser.namesGivenUIDZero(in: build.dockerfile)
        for stage in lineage {
            // A parent's `ONBUILD USER` triggers sit at the start of `instructions`, so the last `USER` wins.
            guard let user = stage.instructions.last(where: { $0.keyword == "USER" }) else { continue }
            guard let reason = RuntimeUser.rootReason(of: user.resolvedWord, aliases: aliases) else { return [] }
            return [Violation(
                line: user.line, endLine: user.endLine,
                message: "The last `USER` of the final stage is `\(user.arguments)`\(user.arguments == reason ? "" : " (\(reason))"), so the container runs as root",
                identity: stage.identity(of: user))]
        }
        if case .image(let image)? = lineage.last?.base, image.defaultsToNonRootUser { return [] }
        return [Violation(
            line: final.from.line, endLine: final.from.endLine,
            message: "The final stage\(final.name.map { " `\($0)`" } ?? "") sets no `USER`, so the container runs as root",
            identity: final.identity("no USER"))]
    }
}

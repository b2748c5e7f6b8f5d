import InfragateParsers

/// `COPY . .` into the shipped image without a `.dockerignore`.
struct CopyWholeBuildContext: Rule {
    let description = RuleDescription(
        id: "DOCKER-COPY-WHOLE-CONTEXT", title: "Whole build context copied into the image", severity: .low, cwe: 538,
        checklist: "Container security › Build context limited to what the image needs",
        rationale: """
            `COPY . .` ships everything in the build context: `.git` history, `.env` files, local credentials, \
            test data. Low: it only leaks what happens to be in the context, and a `.dockerignore` next to the \
            Dockerfile (or `<Dockerfile>.dockerignore`) is the usual guard, so the rule stays quiet when one \
            exists. Only stages that end up in the image are checked; a builder stage's context copy does not ship.
            """,
        recommendation: "Copy explicit paths (`COPY package.json src/ ./`) or add a `.dockerignore` that excludes `.git`, `.env*` and credentials.",
        triggering: [
            "FROM node:20-alpine\nWORKDIR /app\n↓COPY . .",
            "FROM python:3.12-slim\n↓ADD . /app",
            "FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM alpine:3.20\n↓COPY ./ /srv/",
            "FROM alpine:3.20\n↓COPY ${SRC:-.} /srv/",
            // Another Dockerfile's ignore file does not cover this one.
            RuleExample("FROM node:20-alpine\n↓COPY . .", path: "services/api/Dockerfile",
                        neighbours: ["services/web/.dockerignore": ".git\n.env*\n", "services/api/web.Dockerfile.dockerignore": ".git\n"]),
        ],
        nonTriggering: [
            "FROM node:20-alpine\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/",
            "FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app",
            "FROM alpine:3.20\nCOPY --from=ghcr.io/org/assets:1.0 . /srv/",
            RuleExample("FROM node:20-alpine\nCOPY . .", path: "services/api/Dockerfile",
                        neighbours: ["services/api/.dockerignore": ".git\n.env*\nnode_modules\n"]),
            RuleExample("FROM node:20-alpine\nCOPY . .", path: "docker/api.Dockerfile",
                        neighbours: ["docker/api.Dockerfile.dockerignore": ".git\n.env*\n"]),
        ])

    private static let wholeContext: Set<String> = [".", "./", "*", "./*"]

    func check(_ build: DockerBuild) -> [Violation] {
        guard !build.hasDockerignore else { return [] }
        return build.dockerfile.shippedStages.flatMap { stage in
            stage.instructions.compactMap { instruction -> Violation? in
                guard instruction.flag("from") == nil, instruction.copySources.contains(where: Self.wholeContext.contains) else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`\(instruction.keyword)` copies the whole build context into the image and there is no `.dockerignore`",
                    identity: stage.identity(of: instruction))
            }
        }
    }
}

import InfragateParsers

/// Compilers and build tools installed in a stage that ships.
struct BuildToolsInFinalImage: Rule {
    let description = RuleDescription(
        id: "DOCKER-BUILD-TOOLS-IN-IMAGE", title: "Build tools installed in the final image", severity: .info, cwe: 1395,
        owasp: "A06:2021 Vulnerable and Outdated Components",
        checklist: "Container security › Minimal packages installed",
        rationale: """
            Compilers and build systems (`gcc`, `build-essential`, `make`, `golang`, `maven`…) are only needed to \
            build; left in the image they add CVEs and let an attacker compile tooling in place. Info: an \
            attack-surface reduction. Only stages that ship are checked, and a `RUN` that removes what it installed \
            (`apk del .build-deps`, `apt-get purge`) is not reported; nor is an image that is itself a build \
            environment: a last stage named as one (`AS builder`, `AS dev`, `AS test`: a `--target`), a toolchain \
            image (`gcc`, `golang`, `maven`, an `sdk`) given no `CMD` or `ENTRYPOINT`, or an ISO or root \
            filesystem builder (`live-build`, `xorriso`, `debootstrap`).
            """,
        recommendation: "Build in a separate stage (`FROM golang:1.22 AS build`) and copy only the artefacts into the final stage.",
        triggering: [
            "FROM python:3.12-slim\n↓RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*",
            "FROM alpine:3.20\n↓RUN apk add --no-cache build-base=0.5-r3",
            "FROM debian:12-slim\n↓RUN apt-get install -y make=4.3-4.1",
            // A toolchain base that is given a program to run is an application image.
            "FROM golang:1.22\n↓RUN apt-get install -y --no-install-recommends make=4.3-4.1\nCOPY . /src\nRUN go build -o /app /src\nENTRYPOINT [\"/app\"]",
        ],
        nonTriggering: [
            "FROM golang:1.22 AS build\nRUN apt-get update && apt-get install -y make\nFROM alpine:3.20\nCOPY --from=build /app /app",
            "FROM python:3.12-slim\nRUN apt-get install -y libpq5",
            "FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install psycopg2==2.9.9 && apk del .build-deps",
            // Build environments, whose compilers are the point.
            "FROM gcc:14.2\nRUN apt-get update && apt-get install -y --no-install-recommends cmake=3.25.1-1 && rm -rf /var/lib/apt/lists/*",
            "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends live-build xorriso make && rm -rf /var/lib/apt/lists/*",
            "FROM node:20.17-slim AS base\nCOPY . /app\nFROM base AS dev\nRUN apt-get update && apt-get install -y --no-install-recommends make g++ && rm -rf /var/lib/apt/lists/*",
        ])

    private static let buildTools: Set<String> = [
        "gcc", "g++", "clang", "make", "cmake", "build-essential", "build-base", "golang", "golang-go", "go", "maven",
        "gradle", "rustc", "cargo", "autoconf", "automake", "libtool", "gfortran",
    ]
    /// Package removals that undo an install in the same `RUN`.
    private static let removals: Set<String> = ["del", "purge", "remove", "autoremove", "erase"]

    func check(_ build: DockerBuild) -> [Violation] {
        guard !build.dockerfile.shipsBuildEnvironment else { return [] }
        return build.dockerfile.shippedStages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                let commands = instruction.shellCommands
                let tools = commands.compactMap(PackageInstall.init).flatMap(\.packages).filter { Self.buildTools.contains(Self.packageName($0)) }
                guard !tools.isEmpty, !commands.contains(where: Self.removesPackages) else { return nil }
                let names = tools.map(Self.packageName)
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`RUN` installs build tools (\(names.map { "`\($0)`" }.joined(separator: ", "))) into the final image",
                    identity: stage.identity("RUN install \(names.joined(separator: ","))"))
            }
        }
    }

    /// `gcc=4:12.2.0-3` → `gcc`; `gcc-12` → `gcc`.
    private static func packageName(_ package: String) -> String {
        let name = package.prefix { $0 != "=" && $0 != ":" && $0 != "@" }
        if let hyphen = name.lastIndex(of: "-"), name[name.index(after: hyphen)...].first?.isNumber == true {
            return String(name[..<hyphen])
        }
        return String(name)
    }

    private static func removesPackages(_ command: ShellCommand) -> Bool {
        let words = command.effectiveInvocation
        guard let program = words.first.map(RepositoryPath.name(of:)), ["apk", "apt-get", "apt", "yum", "dnf"].contains(program) else { return false }
        return words.dropFirst().contains(where: removals.contains)
    }
}

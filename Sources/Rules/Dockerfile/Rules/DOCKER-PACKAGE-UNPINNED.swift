import InfragateParsers

/// Packages installed without a version: apt, apk, pip, npm, yum/dnf and gem.
struct PackageVersionUnpinned: Rule {
    let description = RuleDescription(
        id: "DOCKER-PACKAGE-UNPINNED", title: "Package installed without a pinned version", severity: .low, cwe: 1357,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Supply chain › Dependencies pinned to versions",
        rationale: """
            An unpinned install takes whatever version the repository serves on the day of the build, so \
            rebuilding the same commit can ship different code, including a compromised or broken release. Low: \
            a reproducibility and supply-chain weakness that needs an upstream problem to hurt. Pinned forms: \
            apt/apk `pkg=1.2`, pip `pkg==1.2`, npm `pkg@1.2`, yum/dnf `pkg-1.2`, gem `-v 1.2`; requirement files, \
            lock files (`npm ci`, bare `npm install`), local paths and URLs are not reported.
            """,
        recommendation: "Pin each package (`apt-get install curl=7.88.1-10+deb12u7`, `pip install requests==2.32.3`), or install from a lock or requirements file with pinned versions.",
        equivalents: [
            .hadolint("DL3008"), .hadolint("DL3018"), .hadolint("DL3013"), .hadolint("DL3016"), .hadolint("DL3033"),
            .hadolint("DL3041"), .hadolint("DL3028"), .kics("Apt Get Install Pin Version Not Defined"),
            .kics("Missing Version Specification In dnf install"), .kics("Gem Install Without Version"),
        ],
        triggering: [
            "FROM debian:12-slim\n↓RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.2-1.1",
            "FROM alpine:3.20\n↓RUN apk add --no-cache --virtual .deps curl",
            "FROM python:3.12-slim\n↓RUN pip install --no-cache-dir flask requests==2.32.3",
            "FROM node:20-alpine\n↓RUN npm install -g pnpm @angular/cli@17.3.0",
            "FROM rockylinux:9\n↓RUN dnf install -y httpd && dnf clean all",
            #"""
            FROM python:3.12-slim
            ↓RUN python3 -m pip install \
                  --upgrade \
                  pip
            """#,
            "FROM ruby:3.3-slim\n↓RUN gem install bundler",
        ],
        nonTriggering: [
            "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u7",
            "FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps curl=8.9.1-r0",
            "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt && pip install .",
            "FROM node:20-alpine\nRUN npm ci && npm install",
            "FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57 && dnf clean all",
            "FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.11",
        ])

    /// At most this many package names in a message; the rest are counted.
    private static let namesShown = 5

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions(withKeyword: "RUN").compactMap { instruction -> Violation? in
                let unpinned = instruction.packageInstalls.flatMap { install in
                    install.unpinnedPackages.map { "\($0) (\(install.manager.rawValue))" }
                }
                guard !unpinned.isEmpty else { return nil }
                var shown = unpinned.prefix(Self.namesShown).map { "`\($0)`" }.joined(separator: ", ")
                if unpinned.count > Self.namesShown { shown += " and \(unpinned.count - Self.namesShown) more" }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`RUN` installs packages without pinning their versions: \(shown)",
                    identity: stage.identity("RUN install \(unpinned.sorted().joined(separator: ","))"))
            }
        }
    }
}

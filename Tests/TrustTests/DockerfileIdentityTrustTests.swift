import Foundation
import TestSupport
import XCTest

/// Who the container runs as, pushed through a real hook: root in every spelling a runtime accepts,
/// hidden behind variables, a base image's name or a stage chain is refused; unprivileged users
/// written the same ways are accepted.
final class DockerfileIdentityTrustTests: TrustTestCase {
    private static let pinnedAlpine = "alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd"
    private static let digest = "@sha256:0000000000000000000000000000000000000000000000000000000000000000"

    /// A Dockerfile that passes every other rule, with `body` between its `FROM` and `HEALTHCHECK`
    /// and `globals` (global `ARG` lines) before it.
    private static func dockerfile(_ body: [String], from base: String = pinnedAlpine, before globals: String = "") -> String {
        ([globals + "FROM \(base)"] + body + ["HEALTHCHECK CMD [\"true\"]", "CMD [\"sh\"]"]).joined(separator: "\n") + "\n"
    }

    private static func dockerfile(_ body: String..., from base: String = pinnedAlpine, before globals: String = "") -> String {
        dockerfile(body, from: base, before: globals)
    }

    /// Pushes each of `texts` as a Dockerfile of its own (`app<N>/Dockerfile`) in one commit. With `rule`,
    /// the push must be refused and the JSON verdict must fail every one of them on `rule`; the commit
    /// is then undone locally. Without, the push must be accepted. One push per list, not per file,
    /// keeps each spelling its own judged file while the hook runs once.
    private func push(_ texts: [String], refusedBy rule: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let paths = texts.indices.map { "app\($0)/Dockerfile" }
        for (path, text) in zip(paths, texts) {
            try server.clone.write(path, text)
        }
        try server.clone.commitAll("change the Dockerfiles")
        let result = try server.push("main")
        guard let rule else {
            assertAccepted(result, file: file, line: line)
            return
        }
        assertRefused(result, file: file, line: line)
        let refs = try pushJSON(result, file: file, line: line)["refs"] as? [[String: Any]] ?? []
        let findings = refs.flatMap { ($0["report"] as? [String: Any])?["findings"] as? [[String: Any]] ?? [] }
        let failed = Set(findings.compactMap { judged -> String? in
            guard judged["level"] as? String == "failure", let finding = judged["finding"] as? [String: Any],
                  finding["ruleId"] as? String == rule else { return nil }
            return finding["path"] as? String
        })
        for (path, text) in zip(paths, texts) where !failed.contains(path) {
            XCTFail("expected \(rule) for:\n\(text)\n\(result.stderr.suffix(2_000))", file: file, line: line)
        }
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
    }

    private func push(_ text: String, refusedBy rule: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        try push([text], refusedBy: rule, file: file, line: line)
    }

    /// The hook answers in JSON, which names the rule and level of every finding per file.
    override func start(policy: String? = nil, hookArguments: [String] = []) throws {
        try super.start(policy: policy, hookArguments: hookArguments + ["--format", "json"])
    }

    func testRootInEverySpellingIsRefusedAndUnprivilegedUsersAccepted() throws {
        try start()
        let rootSpellings = [
            "00", "+0", "-0", "000:000", "0:0", "root:root", "0:root", "root:1000", ":1000", "\"\"", "\" root\"", "ro\\ot",
            "r\"oo\"t", "4294967296", "ContainerAdministrator",
        ]
        try push(rootSpellings.map { Self.dockerfile("USER 10001", "USER \($0)") }, refusedBy: "DOCKER-ROOT-USER")
        try push(["10001", "app", "10001:0", "app:root", "+10001", "rootless"].map { Self.dockerfile("USER \($0)") })
    }

    func testRootBehindVariablesIsRefusedAndSubstitutedUidsAccepted() throws {
        try start()
        let hidden: [(body: [String], globals: String)] = [
            (["USER ${NOPE:-root}"], ""),
            (["USER $UNSET"], ""),
            (["ARG EMPTY=", "USER $EMPTY"], ""),
            (["ARG APP_UID", "USER ${APP_UID}"], ""),
            (["ARG R=ro", "USER ${R}ot"], ""),
            (["ARG U=10001", "ENV U=root", "USER $U"], ""),
            (["ARG U", "USER $U"], "ARG U=root\n"),
            (["USER $U"], "ARG U=10001\n"),
            (["ARG V=v", "USER root${V:+}"], ""),
            (["USER root$1"], ""),
            (["USER ${APP_UID:-10001}"], ""),
        ]
        try push(hidden.map { Self.dockerfile(["USER 10001"] + $0.body, before: $0.globals) }, refusedBy: "DOCKER-ROOT-USER")
        let substituted: [(body: [String], globals: String)] = [
            (["ARG APP_UID", "USER ${APP_UID:-10001}"], ""),
            (["ARG APP_UID=10001", "USER $APP_UID"], ""),
            (["ARG U=root", "ENV U=10001", "USER $U"], ""),
            (["ARG U", "USER ${U}:0"], "ARG U=10001\n"),
            (["ARG R=root", "USER '$R'"], ""),
        ]
        try push(substituted.map { Self.dockerfile($0.body, before: $0.globals) })
    }

    func testOnlyKnownNonRootBaseImagesStandInForUser() throws {
        try start()
        let lookalikes = [
            "evil/nonroot:latest", "myimage:not-nonroot", "nonroot/busybox:1.36", "gcr.io/distroless/static-debian12:latest",
            "gcr.io/distroless/static-debian12:nonroot-evil", "gcr.io.evil.example/distroless/static:nonroot",
            "evil.example/gcr.io/distroless/static:nonroot", "gcr.io/distroless/static-debian12",
            "cgr.dev/chainguard/wolfi-base:latest", "cgr.dev/chainguard/static" + Self.digest,
        ]
        try push(lookalikes.map { Self.dockerfile("COPY app /app", from: $0) }, refusedBy: "DOCKER-ROOT-USER")
        let nonRoot = ["gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/java21-debian12:debug-nonroot-arm64", "cgr.dev/chainguard/static:latest"]
        try push(nonRoot.map { Self.dockerfile("COPY app /app", from: $0 + Self.digest) })
    }

    func testTheUserIsFollowedThroughTheStageChain() throws {
        try start()
        let base = "FROM \(Self.pinnedAlpine) AS base\n"
        try push([
            base + "USER root\n" + Self.dockerfile(from: "base"),
            base + "USER 10001\nONBUILD USER root\n" + Self.dockerfile(from: "base"),
            base + "ARG U=root\n" + Self.dockerfile("USER $U", from: "base"),
            "FROM gcr.io/distroless/static-debian12:latest\(Self.digest) AS base\n" + Self.dockerfile(from: "base"),
        ], refusedBy: "DOCKER-ROOT-USER")

        try push([
            base + "USER 10001\n" + Self.dockerfile(from: "base"),
            base + "ONBUILD USER 10001\n" + Self.dockerfile(from: "base"),
            base + "ARG U=10001\n" + Self.dockerfile("USER $U", from: "base"),
            "FROM gcr.io/distroless/static-debian12:nonroot\(Self.digest) AS base\n" + Self.dockerfile(from: "base"),
        ])
    }

    func testNamesTheBuildGivesUIDZeroAreRoot() throws {
        try start()
        try push([
            Self.dockerfile("RUN adduser -D -u 0 admin", "USER admin"),
            Self.dockerfile("RUN usermod -o -u0 app", "USER app"),
            Self.dockerfile("USER svc", "RUN echo \"svc:x:+0:0::/:/bin/sh\" >> /etc/passwd"),
            "FROM \(Self.pinnedAlpine) AS build\nRUN adduser -D --uid=000 ops\n"
                + Self.dockerfile("COPY --from=build /etc/passwd /etc/passwd", "USER ops"),
        ], refusedBy: "DOCKER-ROOT-USER")

        try push([
            Self.dockerfile("RUN adduser -D -u 10001 admin", "USER admin"),
            Self.dockerfile("RUN echo \"svc:x:10001:0::/:/sbin/nologin\" >> /etc/passwd", "USER svc"),
        ])
    }

    func testSubstitutedPortsAndTagsAreJudgedAsTheFileGivesThem() throws {
        try start(policy: "version: 1\nfail_on: medium\n")
        try push([Self.dockerfile("USER 10001", "EXPOSE ${PORT:-22}"), Self.dockerfile("USER 10001", "EXPOSE \"2\"2")], refusedBy: "DOCKER-SSH-PORT")
        try push(Self.dockerfile("USER 10001", from: "${IMAGE:-ubuntu}:latest", before: "ARG IMAGE\n"), refusedBy: "DOCKER-IMAGE-LATEST-TAG")

        try push([
            Self.dockerfile("USER 10001", "ARG PORT=8080", "EXPOSE ${PORT:-22}"),
            Self.dockerfile("USER 10001", from: "${IMAGE:-\(Self.pinnedAlpine)}", before: "ARG IMAGE\n"),
        ])
    }
}

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

    /// Pushes `text` as app/Dockerfile; a refused push (expected for `refusedBy`) is undone locally.
    private func push(_ text: String, refusedBy rule: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        try server.clone.write("app/Dockerfile", text)
        try server.clone.commitAll("change the Dockerfile")
        let result = try server.push("main")
        guard let rule else {
            assertAccepted(result, file: file, line: line)
            return
        }
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "expected \(rule) for:\n\(text)\n\(result.stderr)", file: file, line: line)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
    }

    func testRootInEverySpellingIsRefusedAndUnprivilegedUsersAccepted() throws {
        try start()
        let rootSpellings = [
            "00", "+0", "-0", "000:000", "0:0", "root:root", "0:root", "root:1000", ":1000", "\"\"", "\" root\"", "ro\\ot",
            "r\"oo\"t", "4294967296", "ContainerAdministrator",
        ]
        for spelling in rootSpellings {
            try push(Self.dockerfile("USER 10001", "USER \(spelling)"), refusedBy: "DOCKER-ROOT-USER")
        }
        for user in ["10001", "app", "10001:0", "app:root", "+10001", "rootless"] {
            try push(Self.dockerfile("USER \(user)"))
        }
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
        for (body, globals) in hidden {
            try push(Self.dockerfile(["USER 10001"] + body, before: globals), refusedBy: "DOCKER-ROOT-USER")
        }
        let substituted: [(body: [String], globals: String)] = [
            (["ARG APP_UID", "USER ${APP_UID:-10001}"], ""),
            (["ARG APP_UID=10001", "USER $APP_UID"], ""),
            (["ARG U=root", "ENV U=10001", "USER $U"], ""),
            (["ARG U", "USER ${U}:0"], "ARG U=10001\n"),
            (["ARG R=root", "USER '$R'"], ""),
        ]
        for (body, globals) in substituted {
            try push(Self.dockerfile(body, before: globals))
        }
    }

    func testOnlyKnownNonRootBaseImagesStandInForUser() throws {
        try start()
        let lookalikes = [
            "evil/nonroot:latest", "myimage:not-nonroot", "nonroot/busybox:1.36", "gcr.io/distroless/static-debian12:latest",
            "gcr.io/distroless/static-debian12:nonroot-evil", "gcr.io.evil.example/distroless/static:nonroot",
            "evil.example/gcr.io/distroless/static:nonroot", "gcr.io/distroless/static-debian12",
            "cgr.dev/chainguard/wolfi-base:latest", "cgr.dev/chainguard/static" + Self.digest,
        ]
        for base in lookalikes {
            try push(Self.dockerfile("COPY app /app", from: base), refusedBy: "DOCKER-ROOT-USER")
        }
        for base in ["gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/java21-debian12:debug-nonroot-arm64", "cgr.dev/chainguard/static:latest"] {
            try push(Self.dockerfile("COPY app /app", from: base + Self.digest))
        }
    }

    func testTheUserIsFollowedThroughTheStageChain() throws {
        try start()
        let base = "FROM \(Self.pinnedAlpine) AS base\n"
        try push(base + "USER root\n" + Self.dockerfile(from: "base"), refusedBy: "DOCKER-ROOT-USER")
        try push(base + "USER 10001\nONBUILD USER root\n" + Self.dockerfile(from: "base"), refusedBy: "DOCKER-ROOT-USER")
        try push(base + "ARG U=root\n" + Self.dockerfile("USER $U", from: "base"), refusedBy: "DOCKER-ROOT-USER")
        try push("FROM gcr.io/distroless/static-debian12:latest\(Self.digest) AS base\n" + Self.dockerfile(from: "base"), refusedBy: "DOCKER-ROOT-USER")

        try push(base + "USER 10001\n" + Self.dockerfile(from: "base"))
        try push(base + "ONBUILD USER 10001\n" + Self.dockerfile(from: "base"))
        try push(base + "ARG U=10001\n" + Self.dockerfile("USER $U", from: "base"))
        try push("FROM gcr.io/distroless/static-debian12:nonroot\(Self.digest) AS base\n" + Self.dockerfile(from: "base"))
    }

    func testNamesTheBuildGivesUIDZeroAreRoot() throws {
        try start()
        try push(Self.dockerfile("RUN adduser -D -u 0 admin", "USER admin"), refusedBy: "DOCKER-ROOT-USER")
        try push(Self.dockerfile("RUN usermod -o -u0 app", "USER app"), refusedBy: "DOCKER-ROOT-USER")
        try push(Self.dockerfile("USER svc", "RUN echo \"svc:x:+0:0::/:/bin/sh\" >> /etc/passwd"), refusedBy: "DOCKER-ROOT-USER")
        try push("FROM \(Self.pinnedAlpine) AS build\nRUN adduser -D --uid=000 ops\n"
            + Self.dockerfile("COPY --from=build /etc/passwd /etc/passwd", "USER ops"), refusedBy: "DOCKER-ROOT-USER")

        try push(Self.dockerfile("RUN adduser -D -u 10001 admin", "USER admin"))
        try push(Self.dockerfile("RUN echo \"svc:x:10001:0::/:/sbin/nologin\" >> /etc/passwd", "USER svc"))
    }

    func testSubstitutedPortsAndTagsAreJudgedAsTheFileGivesThem() throws {
        try start(policy: "version: 1\nfail_on: medium\n")
        try push(Self.dockerfile("USER 10001", "EXPOSE ${PORT:-22}"), refusedBy: "DOCKER-SSH-PORT")
        try push(Self.dockerfile("USER 10001", "EXPOSE \"2\"2"), refusedBy: "DOCKER-SSH-PORT")
        try push(Self.dockerfile("USER 10001", from: "${IMAGE:-ubuntu}:latest", before: "ARG IMAGE\n"), refusedBy: "DOCKER-IMAGE-LATEST-TAG")

        try push(Self.dockerfile("USER 10001", "ARG PORT=8080", "EXPOSE ${PORT:-22}"))
        try push(Self.dockerfile("USER 10001", from: "${IMAGE:-\(Self.pinnedAlpine)}", before: "ARG IMAGE\n"))
    }
}

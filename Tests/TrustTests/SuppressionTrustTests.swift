import Foundation
import TestSupport
import XCTest

/// Inline suppressions cannot hide what the gate itself found, honour each ref's own policy setting,
/// and never hide anything silently: every suppressed or waived finding is listed in the push output.
final class SuppressionTrustTests: TrustTestCase {
    /// A workflow whose YAML does not parse, with an attempt to suppress the parse error on every line.
    static func brokenWorkflow(suppressing ruleIDs: String) -> String {
        """
        # infragate:ignore \(ruleIDs) generated file, the parser is wrong
        on: push # infragate:ignore \(ruleIDs) generated file
        jobs: [unclosed # infragate:ignore \(ruleIDs) generated file
          build: { # infragate:ignore \(ruleIDs) generated file
        """
    }

    /// Clean but for `USER root`, which the comment line above suppresses (a Dockerfile has no
    /// trailing comments: BuildKit would read one as part of the user name).
    static let suppressedRootDockerfile = Fixtures.cleanDockerfile
        .replacingOccurrences(of: "USER 10001", with: "# infragate:ignore DOCKER-ROOT-USER vendor image binds port 80\nUSER root")

    static let protectedMain = """
        version: 1
        protected:
          refs: ["main"]

        """

    func testGateParseErrorCannotBeSuppressedInlineInAnySpelling() throws {
        try start(policy: Self.protectedMain)
        assertAccepted(try server.push("main"))
        // Upper or lower case, among other ids, a wildcard-looking id: none suppresses the gate's own finding.
        for spelling in ["GATE-PARSE-ERROR", "gate-parse-error", "DOCKER-ROOT-USER,GATE-PARSE-ERROR", "GATE-*"] {
            try server.clone.write(".github/workflows/ci.yml", Self.brokenWorkflow(suppressing: spelling))
            try server.clone.commitAll("broken workflow, suppressed as \(spelling)")
            for ref in ["main", "HEAD:refs/heads/feature"] {
                let result = try server.push(ref)
                assertRefused(result)
                XCTAssertTrue(result.stderr.contains("GATE-PARSE-ERROR"), "\(spelling) on \(ref): \(result.stderr)")
            }
            try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        }
    }

    func testOnlyTheTrustedPolicyLowersTheGateParseError() throws {
        try start(policy: Self.protectedMain + "rules:\n  GATE-PARSE-ERROR: { severity: low }\n")
        try server.clone.write(".github/workflows/ci.yml", Self.brokenWorkflow(suppressing: "GATE-PARSE-ERROR"))
        try server.clone.commitAll("broken workflow, lowered by the trusted policy")
        let result = try server.push("main")
        assertAccepted(result)
        XCTAssertTrue(result.stderr.contains("cannot be suppressed inline"), result.stderr)
    }

    func testProtectedRefsJudgeInlineSuppressionsWithTheirOwnSetting() throws {
        try start(policy: Self.protectedMain.replacingOccurrences(of: "  refs: [\"main\"]\n", with: "  refs: [\"main\"]\n  inline_suppressions: false\n"))
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", Self.suppressedRootDockerfile)
        try server.clone.commitAll("root, suppressed inline")
        // The feature branch honours the comment (and the verdict cache records the commit as clean there)…
        assertAccepted(try server.push("HEAD:refs/heads/feature"))
        // …which must not carry over to main, where inline suppressions are off.
        let refused = try server.push("main")
        assertRefused(refused)
        XCTAssertTrue(refused.stderr.contains("DOCKER-ROOT-USER"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("inline suppressions are disabled"), refused.stderr)
    }

    func testASymbolicAliasOfMainGetsMainsSetting() throws {
        try start(policy: Self.protectedMain.replacingOccurrences(of: "  refs: [\"main\"]\n", with: "  refs: [\"main\"]\n  inline_suppressions: false\n"))
        assertAccepted(try server.push("main"))
        try server.bare.git("symbolic-ref", "refs/heads/trunk", "refs/heads/main")
        try server.clone.write("app/Dockerfile", Self.suppressedRootDockerfile)
        try server.clone.commitAll("root, suppressed inline")
        let viaAlias = try server.push("HEAD:refs/heads/trunk")
        assertRefused(viaAlias)
        XCTAssertTrue(viaAlias.stderr.contains("DOCKER-ROOT-USER"), viaAlias.stderr)
        // The same commit on an ordinary branch honours the comment.
        assertAccepted(try server.push("HEAD:refs/heads/topic"))
    }

    func testARepositoryPolicyCannotWidenItsOwnInlineSuppressions() throws {
        let strict = "version: 1\ninline_suppressions: false\nprotected:\n  refs: [\"main\"]\n"
        server = try HookedServer(removedAtTeardown: addTeardownBlock)
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.write(".infragate.yml", strict)
        try server.clone.commitAll("base with policy")
        try withoutGate { assertAccepted(try server.push("main")) }

        // Widening the protected setting alone, or the top-level one through a list, is a relaxation.
        for (text, named) in [
            (strict + "  inline_suppressions: true\n", "protected.inline_suppressions enabled"),
            (strict.replacingOccurrences(of: "inline_suppressions: false", with: "inline_suppressions: [DOCKER-ROOT-USER]"),
             "inline_suppressions enabled for DOCKER-ROOT-USER"),
        ] {
            try server.clone.write(".infragate.yml", text)
            try server.clone.commitAll("widen inline suppressions")
            let result = try server.push("main")
            assertRefused(result)
            XCTAssertTrue(result.stderr.contains("GATE-POLICY-RELAXED"), "\(named): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(named), "\(named): \(result.stderr)")
            try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        }
        // Its twin: saying explicitly what already holds relaxes nothing.
        try server.clone.write(".infragate.yml", strict + "  inline_suppressions: false\n")
        try server.clone.commitAll("explicit protected setting")
        assertAccepted(try server.push("main"))
    }

    func testAProtectedListAllowsOnlyTheRulesItNames() throws {
        let policy = { (listed: String) in
            Self.protectedMain.replacingOccurrences(of: "  refs: [\"main\"]\n", with: "  refs: [\"main\"]\n  inline_suppressions: [\(listed)]\n")
        }
        try start(policy: policy("DOCKER-IMAGE-LATEST-TAG"))
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", Self.suppressedRootDockerfile)
        try server.clone.commitAll("root, suppressed inline")
        let refused = try server.push("main")
        assertRefused(refused)
        XCTAssertTrue(refused.stderr.contains("does not allow `DOCKER-ROOT-USER` to be suppressed inline"), refused.stderr)

        try server.installHook(arguments: ["--policy", try server.writePolicy(policy("DOCKER-ROOT-USER"))])
        assertAccepted(try server.push("main"))
    }

    func testSuppressedAndWaivedFindingsAreListedInThePushOutput() throws {
        try start(policy: Self.protectedMain + """
            rules:
              DOCKER-HEALTHCHECK-MISSING: off
            waivers:
              - rule: DOCKER-IMAGE-LATEST-TAG
                path: "legacy/**"
                reason: "vendor image, SEC-123"
            """)
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", Self.suppressedRootDockerfile)
        try server.clone.write("legacy/Dockerfile", Fixtures.cleanDockerfile
            .replacingOccurrences(of: "FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd", with: "FROM alpine:latest")
            .replacingOccurrences(of: "HEALTHCHECK CMD [\"true\"]\n", with: ""))
        try server.clone.commitAll("suppressed, waived and turned-off findings")
        let result = try server.push("main")
        assertAccepted(result)
        XCTAssertTrue(result.stderr.contains("app/Dockerfile:3  DOCKER-ROOT-USER  inline comment: vendor image binds port 80"), result.stderr)
        XCTAssertTrue(result.stderr.contains("legacy/Dockerfile:1  DOCKER-IMAGE-LATEST-TAG  waiver in policy"), result.stderr)
        XCTAssertTrue(result.stderr.contains("vendor image, SEC-123"), result.stderr)
        // A rule turned off is not run (it costs nothing), so it has no finding to list.
        XCTAssertFalse(result.stderr.contains("DOCKER-HEALTHCHECK-MISSING"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 findings suppressed (1 inline, 1 by waiver, 0 turned off by the policy)"), result.stderr)
    }
}

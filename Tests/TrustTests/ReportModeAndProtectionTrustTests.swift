import Foundation
import TestSupport
import XCTest

/// `mode: report` in the server's trusted policy reports findings without refusing the push, but never
/// lifts branch protection; and a protected-ref pattern that cannot be compiled refuses every push.
final class ReportModeAndProtectionTrustTests: TrustTestCase {
    func testReportModeAcceptsAFailingPushAndSaysSoButProtectionStands() throws {
        try start(policy: "version: 1\nmode: report\nprotected:\n  refs: [main]\n")
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root")
        let reported = try server.push("main")
        assertAccepted(reported)
        XCTAssertTrue(reported.stderr.contains("DOCKER-ROOT-USER"), reported.stderr)
        XCTAssertTrue(reported.stderr.contains("mode: report"), reported.stderr)
        // A rewrite of main is still a force push, report mode or not.
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write("other.txt", "x\n")
        try server.clone.commitAll("rewrite")
        let forced = try server.push("--force", "main")
        assertRefused(forced)
        XCTAssertTrue(forced.stderr.contains("force push"), forced.stderr)
    }

    func testTheSameFailingPushIsRefusedInEnforceMode() throws {
        try start(policy: "version: 1\nmode: enforce\nprotected:\n  refs: [main]\n")
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root")
        assertRefused(try server.push("main"))
    }

    func testAProtectedRefPatternThatCannotBeCompiledRefusesEveryPush() throws {
        for pattern in ["release/[0-9", "a//b", "ma**in", "trailing\\\\"] {
            try start(policy: "version: 1\nprotected:\n  refs: [main, \"\(pattern)\"]\n")
            let result = try server.push("main")
            assertRefused(result)
            XCTAssertTrue(result.stderr.contains("protected.refs"), "\(pattern): \(result.stderr)")
        }
    }

    func testAPatternMatchingNoRefIsNamedAndTheRefsItMissedAreStillJudged() throws {
        try start(policy: "version: 1\nprotected:\n  refs: [mian]\n")
        let first = try server.push("main")
        assertAccepted(first)
        XCTAssertTrue(first.stderr.contains("`mian` matches no ref"), first.stderr)
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root")
        assertRefused(try server.push("main"))
    }
}

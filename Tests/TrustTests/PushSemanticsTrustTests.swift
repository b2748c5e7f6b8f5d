import Foundation
import TestSupport
import XCTest

/// Issue 9 §1: no commit becomes reachable from a protected ref without having been judged under
/// that ref's policy, however it got onto the server first.
final class PushSemanticsTrustTests: TrustTestCase {
    static let strictMain = """
        version: 1
        fail_on: high
        protected:
          refs: ["main"]
          fail_on: medium
        """

    // MARK: - the range is always the protected ref's

    func testCommitPushedToAnUnprotectedBranchFirstIsJudgedWhenItReachesMain() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root for a moment")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.commitAll("and back")
        assertAccepted(try server.push("feature"))  // tip mode off main: the tip is clean
        let fastForward = try server.push("feature:main")
        assertRefused(fastForward)
        XCTAssertTrue(fastForward.stderr.contains("main: 2 new commit(s)"), fastForward.stderr)
        XCTAssertTrue(fastForward.stderr.contains("DOCKER-ROOT-USER"), fastForward.stderr)
    }

    func testReviewedCleanBranchFastForwardsOntoMain() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("app/config.yaml", "greeting: hello\n")
        try server.clone.commitAll("clean")
        assertAccepted(try server.push("feature"))
        assertAccepted(try server.push("feature:main"))
    }

    func testCommitBelowTheUnprotectedThresholdIsJudgedUnderMainsThreshold() throws {
        try start(policy: Self.strictMain)
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("app/Dockerfile", TrustFixtures.mediumDockerfile)
        try server.clone.commitAll("medium finding")
        assertAccepted(try server.push("feature"))  // fail_on: high off main
        assertRefused(try server.push("feature:main"))  // protected.fail_on: medium
    }

    func testCommitSmuggledInThroughAnExemptTagIsJudgedOnMain() throws {
        try start(policy: "version: 1\nexempt_tags: true\n")
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
        try server.clone.git("tag", "v9")
        assertAccepted(try server.push("v9"))  // exempt
        assertRefused(try server.push("main"))
    }

    func testCreatingAProtectedBranchJudgesWhatNoProtectedRefHolds() throws {
        try start(policy: "version: 1\nprotected:\n  refs: [\"main\", \"release/*\"]\n")
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "parked")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.commitAll("fixed at the tip")
        assertAccepted(try server.push("parked"))
        assertRefused(try server.push("parked:refs/heads/release/1.0"))
        // The twin: a release branch cut from main holds nothing new.
        assertAccepted(try server.push("main:refs/heads/release/1.1"))
    }

    // MARK: - symbolic refs

    func testSymbolicAliasOfMainIsProtectedLikeMain() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.bare.git("symbolic-ref", "refs/heads/trunk", "refs/heads/main")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.commitAll("clean tip")
        let viaAlias = try server.push("HEAD:refs/heads/trunk")
        assertRefused(viaAlias)
        XCTAssertTrue(viaAlias.stderr.contains("symbolic ref to refs/heads/main"), viaAlias.stderr)

        try server.clone.git("reset", "-q", "--hard", "HEAD~2")
        try server.clone.write("app/notes.txt", "clean\n")
        try server.clone.commitAll("clean")
        assertAccepted(try server.push("HEAD:refs/heads/trunk"))
        try server.clone.git("commit", "-q", "--amend", "-m", "rewritten")
        let forced = try server.push("--force", "HEAD:refs/heads/trunk")
        assertRefused(forced)
        XCTAssertTrue(forced.stderr.contains("force push"), forced.stderr)
    }

    // MARK: - built-in defaults

    func testWithNoPolicyTheDefaultBranchRefusesForcePushAndDeletion() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("commit", "-q", "--amend", "-m", "rewritten")
        assertRefused(try server.push("--force", "main"))
        assertRefused(try server.push("--delete", "main"))
        try server.clone.git("checkout", "-q", "-b", "topic")
        assertAccepted(try server.push("topic"))
        try server.clone.git("commit", "-q", "--amend", "-m", "rewritten again")
        assertAccepted(try server.push("--force", "topic"), )
        assertAccepted(try server.push("--delete", "topic"))
    }

    func testWithNoPolicyAnUnusualDefaultBranchIsProtected() throws {
        try start()
        try server.bare.git("symbolic-ref", "HEAD", "refs/heads/trunk")
        assertAccepted(try server.push("main:trunk"))
        try server.clone.git("commit", "-q", "--amend", "-m", "rewritten")
        assertRefused(try server.push("--force", "main:trunk"))
    }

    // MARK: - existing_findings: warn

    func testEditingAFileWithAnOldFindingIsAWarningUnderExistingFindingsWarn() throws {
        try start(policy: "version: 1\nexisting_findings: warn\n")
        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("legacy, before the gate")
        try withoutGate { assertAccepted(try server.push("main")) }
        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile + "LABEL owner=platform\n")
        try server.clone.commitAll("touch the legacy file")
        let touched = try server.push("main")
        assertAccepted(touched)
        XCTAssertTrue(touched.stderr.contains("already existed"), touched.stderr)

        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile + "LABEL owner=platform\nENV API_TOKEN=s3cr3t-value-123\n")
        try server.clone.commitAll("a new finding in the same file")
        assertRefused(try server.push("main"))
    }

    // MARK: - trust inputs

    func testServerGitConfigOutranksTheEnvironmentsPolicy() throws {
        try start()
        let strict = server.root.appendingPathComponent("strict.yml").path
        let lenient = server.root.appendingPathComponent("lenient.yml").path
        try "version: 1\nfail_on: medium\n".write(toFile: strict, atomically: true, encoding: .utf8)
        try "version: 1\nfail_on: critical\n".write(toFile: lenient, atomically: true, encoding: .utf8)
        try server.bare.git("config", "infragate.policy", strict)
        try server.clone.write("app/Dockerfile", TrustFixtures.mediumDockerfile)
        try server.clone.commitAll("medium")
        let result = try server.push("main", environment: ["INFRAGATE_POLICY": lenient])
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains(strict), result.stderr)
    }

    func testShippedHooksTakeNothingThatDecidesTheVerdictFromTheEnvironment() throws {
        try start()
        let hooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("hooks")
        let lenient = server.root.appendingPathComponent("lenient.yml").path
        try "version: 1\nfail_on: critical\n".write(toFile: lenient, atomically: true, encoding: .utf8)
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
        for shipped in ["pre-receive", "gitlab/infragate", "gitea/pre-receive"] {
            // Installed as an administrator would: only the binary's path is edited.
            let script = try String(contentsOf: hooks.appendingPathComponent(shipped), encoding: .utf8)
                .replacingOccurrences(of: "INFRAGATE=/usr/local/bin/infragate", with: "INFRAGATE='\(InfragateBinary.path)'")
            XCTAssertFalse(script.contains("${INFRAGATE_BIN"), shipped)
            let hook = server.bare.root.appendingPathComponent("hooks/pre-receive")
            try Data(script.utf8).write(to: hook)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
            let result = try server.push("main", environment: ["INFRAGATE_BIN": "/bin/true", "INFRAGATE_POLICY": lenient])
            assertRefused(result)
            XCTAssertTrue(result.stderr.contains("DOCKER-ROOT-USER"), "\(shipped): \(result.stderr)")
        }
    }

    // MARK: - deadline

    func testTimeOutUnderOnTimeoutAcceptListsWhatWasNotJudgedAndIsAudited() throws {
        try start(policy: "version: 1\non_timeout: accept\n", hookArguments: ["--deadline", "0"])
        let result = try server.push("main")
        assertAccepted(result)
        XCTAssertTrue(result.stderr.contains("not judged:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("refs/heads/main"), result.stderr)
        let log = try String(contentsOf: server.bare.root.appendingPathComponent("infragate/audit.log"), encoding: .utf8)
        XCTAssertTrue(log.contains("\"event\":\"timeout-accept\""), log)
        XCTAssertTrue(log.contains("refs/heads/main"), log)
    }
}

import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// End to end: a real bare repository with the hook installed and real `git push`es from a clone.
/// Accepting a push at all proves infragate reads git's quarantine (the pushed objects exist only there).
final class PreReceiveHookTests: XCTestCase {
    static let protectedPolicy = """
        version: 1
        fail_on: high
        protected:
          refs: ["main", "release/*"]
          deny_force_push: true
          deny_deletion: true
          fail_on: medium
        bypass:
          enabled: true
          allow: ["alice"]
          identity: env:REMOTE_USER
        """

    private var server: HookedServer!

    private func start(policy: String? = protectedPolicy, hookArguments: [String] = []) throws {
        server = try HookedServer(hookArguments: hookArguments, policy: policy, removedAtTeardown: addTeardownBlock)
        try server.clone.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try server.clone.commitAll("base")
    }

    func testCleanPushIsAccepted() throws {
        try start()
        let result = try server.push("main")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("push accepted"), result.stderr)
    }

    func testBadDockerfileIsRejectedWithTheFindingInThePushOutput() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad")
        let result = try server.push("main")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("remote: infragate: push REJECTED"), result.stderr)
        XCTAssertTrue(result.stderr.contains("svc/Dockerfile:1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("fix:"), result.stderr)
        XCTAssertFalse(result.stderr.contains("s3cr3t-value-123"), "the secret leaked to the pusher")
        XCTAssertEqual(try server.bare.git("rev-parse", "main"), try server.clone.git("rev-parse", "HEAD~1"), "the ref did not move")
    }

    func testSecretAddedThenRemovedInOnePushIsRejectedUnderEachCommit() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.write("app/Dockerfile", GateCheckTests.goodDockerfile + "\nENV DB_PASSWORD=hunter2-hunter2\n")
        let leaking = try server.clone.commitAll("leak")
        try server.clone.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try server.clone.commitAll("remove the leak")
        let result = try server.push("main")
        XCTAssertNotEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("[commit \(leaking.prefix(10))]"), "names the commit: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("hunter2-hunter2"))
    }

    func testFirstPushToAnEmptyRepositoryJudgesEveryCommitOfTheProtectedBranch() throws {
        try start()
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        let bad = try server.clone.commitAll("bad from the start")
        try server.clone.delete("svc/Dockerfile")
        try server.clone.commitAll("and gone again")
        let result = try server.push("main")
        XCTAssertNotEqual(result.status, 0, "the tip is clean, the history is not")
        XCTAssertTrue(result.stderr.contains("main: 3 new commit(s)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("svc/Dockerfile:1"), result.stderr)
        XCTAssertTrue(result.stderr.contains("[commit \(bad.prefix(10))]"), result.stderr)
    }

    func testTagsAreJudgedLikeRefsUnlessThePolicyExemptsThem() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.git("checkout", "-q", "-b", "side")
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad, only tagged")
        try server.clone.git("tag", "v1.0")
        let judged = try server.push("v1.0")
        XCTAssertNotEqual(judged.status, 0, judged.stderr)
        XCTAssertTrue(judged.stderr.contains("refs/tags/v1.0:"), judged.stderr)

        try server.installHook(arguments: ["--policy", try server.writePolicy("version: 1\nexempt_tags: true\n")])
        let exempt = try server.push("v1.0")
        XCTAssertEqual(exempt.status, 0, exempt.stderr)
        XCTAssertTrue(exempt.stderr.contains("not scanned (exempt)"), exempt.stderr)
    }

    func testForcePushAndDeletionOfAProtectedBranchAreRejected() throws {
        try start()
        try server.clone.commitAll("second")
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        let force = try server.push("--force", "main")
        XCTAssertNotEqual(force.status, 0)
        XCTAssertTrue(force.stderr.contains("force push (non-fast-forward) to protected ref main"), force.stderr)
        let deletion = try server.push(":main")
        XCTAssertNotEqual(deletion.status, 0)
        XCTAssertTrue(deletion.stderr.contains("deleting protected ref main"), deletion.stderr)
    }

    func testForcePushAndDeletionOfAnUnprotectedBranchAreAccepted() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.git("checkout", "-q", "-b", "topic")
        try server.clone.commitAll("topic work")
        XCTAssertEqual(try server.push("topic").status, 0)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.commitAll("rewritten")
        XCTAssertEqual(try server.push("--force", "topic").status, 0)
        XCTAssertEqual(try server.push(":topic").status, 0)
    }

    func testNewBranchFromMainIsJudgedOnItsOwnCommitsOnly() throws {
        // main's history holds a bad Dockerfile pushed before the hook existed.
        try start()
        try server.bare.delete("hooks/pre-receive")
        try server.clone.write("legacy/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("legacy")
        XCTAssertEqual(try server.push("main").status, 0)
        try server.installHook(arguments: ["--policy", server.root.appendingPathComponent("server-policy.yml").path])
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("docs.txt", "notes\n")
        try server.clone.commitAll("docs only")
        let result = try server.push("feature")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("1 new commit(s)"), result.stderr)
    }

    func testPushThatRelaxesThePolicyIsJudgedByTheOldOne() throws {
        try start(policy: nil)
        try server.clone.write(".infragate.yml", "version: 1\nfail_on: high\n")
        try server.clone.commitAll("policy")
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.write(".infragate.yml", "version: 1\nfail_on: critical\n")
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("relax and add bad")
        let result = try server.push("main")
        XCTAssertNotEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains(".infragate.yml at"), result.stderr)
    }

    func testServerPolicyFromTheEnvironmentOrGitConfig() throws {
        try start(policy: nil)
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad")
        let lenient = try server.writePolicy("version: 1\nfail_on: critical\nrules:\n  DOCKER-PIPE-TO-SHELL: off\n  DOCKER-HARDCODED-SECRET: off\n  DOCKER-ROOT-USER: off\n")
        let fromEnvironment = try server.push("main", environment: ["INFRAGATE_POLICY": lenient])
        XCTAssertEqual(fromEnvironment.status, 0, fromEnvironment.stderr)
        XCTAssertTrue(fromEnvironment.stderr.contains("policy: \(lenient)"), fromEnvironment.stderr)

        try server.clone.write("svc2/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad again")
        let strict = try server.writePolicy("version: 1\nfail_on: low\n")
        try server.bare.git("config", "infragate.policy", strict)
        let fromConfig = try server.push("main")
        XCTAssertNotEqual(fromConfig.status, 0)
        XCTAssertTrue(fromConfig.stderr.contains("policy: \(strict)"), fromConfig.stderr)
    }

    func testMultiRefPushIsOneDecision() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.git("checkout", "-q", "-b", "good")
        try server.clone.write("good.txt", "fine\n")
        try server.clone.commitAll("good")
        try server.clone.git("checkout", "-q", "-b", "bad", "main")
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad")
        let result = try server.push("good", "bad")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("refs/heads/good:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("refs/heads/bad:"), result.stderr)
        XCTAssertThrowsError(try server.bare.git("rev-parse", "--verify", "refs/heads/good"), "git rejects every ref together")
    }

    func testBypassIsHonouredOnlyForAnAllowedPusher() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad")
        let mallory = try server.push("-o", "infragate.bypass=trust me", "main", environment: ["REMOTE_USER": "mallory", "USER": "alice"])
        XCTAssertNotEqual(mallory.status, 0)
        XCTAssertTrue(mallory.stderr.contains("not on the policy's bypass allow-list"), mallory.stderr)
        let alice = try server.push("-o", "infragate.bypass=INC-42 hotfix", "main", environment: ["REMOTE_USER": "alice"])
        XCTAssertEqual(alice.status, 0, alice.stderr)
        XCTAssertTrue(alice.stderr.contains("AUDIT: bypass by alice: INC-42 hotfix"), alice.stderr)
    }

    func testDeadlineRejectsWithAMessage() throws {
        try start(hookArguments: ["--deadline", "0"])
        let result = try server.push("main")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("could not finish within the 0.0s deadline"), result.stderr)
        XCTAssertTrue(result.stderr.contains("push rejected (on_timeout: reject)"), result.stderr)
    }

    func testGitLabLinesCarryTheWebUIPrefix() throws {
        try start()
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad")
        let result = try server.push("main", environment: ["GL_ID": "user-1", "GL_USERNAME": "bob"])
        XCTAssertNotEqual(result.status, 0)
        let hookLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("remote: ") && $0.contains("infragate") }
        XCTAssertFalse(hookLines.isEmpty)
        XCTAssertTrue(hookLines.allSatisfy { $0.hasPrefix("remote: GL-HOOK-ERR: ") }, result.stderr)
    }

    /// GitLab shows `GL-HOOK-ERR:` lines as the reason a push failed: an accepted push prints none.
    func testAcceptedGitLabPushPrintsNoHookError() throws {
        try start()
        let result = try server.push("main", environment: ["GL_ID": "user-1", "GL_USERNAME": "bob"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("infragate: push accepted"), result.stderr)
        XCTAssertFalse(result.stderr.contains("GL-HOOK-ERR"), result.stderr)
    }

    func testTwoPushesAtOnceDoNotInterfere() throws {
        try start()
        XCTAssertEqual(try server.push("main").status, 0)
        let second = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try second.git("clone", "-q", server.bare.path, second.root.appendingPathComponent("c").path)
        let other = second.root.appendingPathComponent("c").path
        try server.clone.git("checkout", "-q", "-b", "one")
        try server.clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try server.clone.commitAll("bad one")
        try Shell.run("/usr/bin/env", ["git", "-C", other, "checkout", "-q", "-b", "two"])
        try GateCheckTests.goodDockerfile.write(toFile: other + "/two.Dockerfile", atomically: true, encoding: .utf8)
        try Shell.run("/usr/bin/env", ["git", "-C", other, "add", "-A"])
        try Shell.run("/usr/bin/env", ["git", "-C", other, "-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-qm", "good two"])

        let server = self.server!
        let results = concurrently(2) { index in
            index == 0
                ? try? server.push("one")
                : try? Shell.run("/usr/bin/env", ["git", "-C", other, "push", "--porcelain", "origin", "two"])
        }
        XCTAssertNotEqual(results[0]?.status, 0, "the bad push is rejected")
        XCTAssertEqual(results[1]?.status, 0, "the good push is accepted: \(results[1]?.stderr ?? "")")
    }
}

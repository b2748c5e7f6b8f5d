import Foundation
import TestSupport
import XCTest

/// Break-glass bypass: identity only from what the server vouches for, findings lifted but not
/// branch protection, and every bypass in the audit log before it is honoured.
final class BypassTrustTests: TrustTestCase {
    static func policy(_ extra: String = "") -> String {
        """
        version: 1
        protected:
          refs: ["main"]
        bypass:
          enabled: true
          allow: ["alice"]
        \(extra)
        """
    }

    private func pushBadCommit() throws {
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
    }

    func testOnPlainGitWithoutAConfiguredIdentityBypassIsRefusedWithHowToConfigureIt() throws {
        try start(policy: Self.policy())
        try pushBadCommit()
        let result = try server.push("-o", "infragate.bypass=INC-1", "main", environment: ["USER": "alice", "LOGNAME": "alice"])
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("identity: env:NAME"), result.stderr)
    }

    func testConfiguredIdentityBypassesAndIsAudited() throws {
        try start(policy: Self.policy("  identity: env:REMOTE_USER"))
        try pushBadCommit()
        assertRefused(try server.push("-o", "infragate.bypass=INC-1", "main", environment: ["REMOTE_USER": "mallory"]))
        let result = try server.push("-o", "infragate.bypass=INC-1 hotfix", "main", environment: ["REMOTE_USER": "alice"])
        assertAccepted(result)
        let log = try String(contentsOf: server.bare.root.appendingPathComponent("infragate/audit.log"), encoding: .utf8)
        let lines = log.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "only the honoured bypass is recorded: \(log)")
        let entry = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        XCTAssertEqual(entry?["user"] as? String, "alice")
        XCTAssertEqual(entry?["reason"] as? String, "INC-1 hotfix")
        XCTAssertEqual(entry?["event"] as? String, "bypass")
        XCTAssertTrue((entry?["findings"] as? [String])?.contains { $0.hasPrefix("DOCKER-ROOT-USER app/Dockerfile:") } ?? false, log)
        let refs = entry?["refs"] as? [[String: String]]
        XCTAssertEqual(refs?.first?["ref"], "refs/heads/main")
        XCTAssertEqual(refs?.first?["new"], try server.clone.git("rev-parse", "HEAD"))
        XCTAssertNotNil(entry?["time"] as? String)
    }

    func testGitLabIdentityComesFromGitLabsOwnVariable() throws {
        try start(policy: Self.policy())
        try pushBadCommit()
        assertRefused(try server.push("-o", "infragate.bypass=INC-1", "main", environment: ["GL_ID": "user-7", "GL_USERNAME": "mallory", "USER": "alice"]))
        assertAccepted(try server.push("-o", "infragate.bypass=INC-1", "main", environment: ["GL_ID": "user-1", "GL_USERNAME": "alice"]))
    }

    func testBypassDoesNotLiftForcePushDenialUnlessThePolicySaysSo() throws {
        try start(policy: Self.policy("  identity: env:REMOTE_USER"))
        assertAccepted(try server.push("main"))
        try server.clone.git("commit", "-q", "--amend", "-m", "rewritten")
        let denied = try server.push("--force", "-o", "infragate.bypass=INC-2", "main", environment: ["REMOTE_USER": "alice"])
        assertRefused(denied)
        XCTAssertTrue(denied.stderr.contains("bypass: { protection: true }"), denied.stderr)

        try server.installHook(arguments: ["--policy", try server.writePolicy(Self.policy("  identity: env:REMOTE_USER\n  protection: true"))])
        assertAccepted(try server.push("--force", "-o", "infragate.bypass=INC-2", "main", environment: ["REMOTE_USER": "alice"]))
    }

    func testABypassThatCannotBeRecordedIsRefused() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-blocker-\(UUID().uuidString)")
        try Data().write(to: blocker)  // a file where the log's folder would have to be
        defer { try? FileManager.default.removeItem(at: blocker) }
        try start(policy: Self.policy("  identity: env:REMOTE_USER\n  audit_log: \(blocker.path)/audit.log"))
        try pushBadCommit()
        let result = try server.push("-o", "infragate.bypass=INC-3", "main", environment: ["REMOTE_USER": "alice"])
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("cannot be recorded"), result.stderr)
    }

    func testASecretInTheBypassReasonReachesNeitherTheAuditLogNorTheOutput() throws {
        try start(policy: Self.policy("  identity: env:REMOTE_USER"))
        try pushBadCommit()
        let token = "ghp_" + String(repeating: "a1B2", count: 9)
        let result = try server.push("-o", "infragate.bypass=INC-4 rotated \(token) after the leak", "main", environment: ["REMOTE_USER": "alice"])
        assertAccepted(result)
        let log = try String(contentsOf: server.bare.root.appendingPathComponent("infragate/audit.log"), encoding: .utf8)
        XCTAssertFalse(log.contains(token), log)
        XCTAssertTrue(log.contains("INC-4"), log)
        XCTAssertFalse(result.stderr.contains(token) || result.stdout.contains(token), result.stderr)
    }
}

import Foundation
import TestSupport
import XCTest

/// The GitHub Enterprise pre-receive hook environment: built by the shipped script, extracted, and
/// the shipped hook run from inside it with `chroot` against a real push — as GitHub Enterprise does.
final class GitHubEnterpriseEnvironmentTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var work: URL!

    override func setUpWithError() throws {
        let probe = try Shell.run("/usr/sbin/chroot", ["/", "/bin/true"])
        guard probe.status == 0 else {
            throw XCTSkip("chroot is not permitted here (\(probe.stderr.trimmingCharacters(in: .whitespacesAndNewlines))); the environment cannot be exercised")
        }
        work = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-ghes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let work { try? FileManager.default.removeItem(at: work) }
    }

    func testHookRunsInsideTheChrootEnvironmentAgainstARealPush() throws {
        let policy = work.appendingPathComponent("policy.yml")
        try "version: 1\nfail_on: high\n".write(to: policy, atomically: true, encoding: .utf8)
        let tarball = work.appendingPathComponent("infragate-env.tar.gz")
        let script = Self.packageRoot.appendingPathComponent("hooks/github-enterprise/build-environment.sh").path
        let build = try Shell.run(script, [policy.path, tarball.path], environment: ["INFRAGATE_BINARY": InfragateBinary.path])
        XCTAssertEqual(build.status, 0, build.stderr)

        let root = work.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertEqual(try Shell.run("/bin/tar", ["-xzf", tarball.path, "-C", root.path]).status, 0)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("bin/sh").path))

        // The repository lives inside the root, as GitHub Enterprise mounts it into the environment.
        let bare = root.appendingPathComponent("data/repo.git")
        XCTAssertEqual(try Shell.run("/usr/bin/env", ["git", "init", "-q", "--bare", "-b", "main", bare.path]).status, 0)
        try installChrootingHook(in: bare, root: root)

        let clone = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try clone.git("remote", "add", "origin", bare.path)
        try clone.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try clone.commitAll("clean")
        let accepted = try Shell.run("/usr/bin/env", ["git", "-C", clone.path, "push", "origin", "main"])
        XCTAssertEqual(accepted.status, 0, accepted.stderr)
        XCTAssertTrue(accepted.stderr.contains("push accepted (policy: /etc/infragate/policy.yml)"), accepted.stderr)

        try clone.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try clone.commitAll("bad")
        let rejected = try Shell.run("/usr/bin/env", ["git", "-C", clone.path, "push", "origin", "main"])
        XCTAssertNotEqual(rejected.status, 0)
        XCTAssertTrue(rejected.stderr.contains("svc/Dockerfile:1"), rejected.stderr)
        XCTAssertTrue(rejected.stderr.contains("pre-receive hook declined"), rejected.stderr)
    }

    /// Stands in for GitHub Enterprise's hook runner: enters the environment with chroot and hands
    /// the shipped hook git's variables with paths as seen from inside.
    private func installChrootingHook(in bare: URL, root: URL) throws {
        let script = """
            #!/bin/sh
            root='\(root.path)'
            inside() { printf '%s' "$1" | sed "s|$root||g"; }
            GIT_DIR="$(inside "$(cd "${GIT_DIR:-.}" && pwd)")"
            GIT_OBJECT_DIRECTORY="$(inside "$GIT_OBJECT_DIRECTORY")"
            GIT_QUARANTINE_PATH="$(inside "$GIT_QUARANTINE_PATH")"
            GIT_ALTERNATE_OBJECT_DIRECTORIES="$(inside "$GIT_ALTERNATE_OBJECT_DIRECTORIES")"
            export GIT_DIR GIT_OBJECT_DIRECTORY GIT_QUARANTINE_PATH GIT_ALTERNATE_OBJECT_DIRECTORIES
            exec /usr/sbin/chroot "$root" /hooks/infragate-pre-receive
            """
        let hook = bare.appendingPathComponent("hooks/pre-receive")
        try script.write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
    }
}

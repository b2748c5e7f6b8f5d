import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// A file a Dockerfile copies to a server's configuration path is that server's configuration,
/// whatever its name: judged when it changes, and again when the Dockerfile changes what it copies.
final class DockerfileServerCopyTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("image/Dockerfile", "FROM debian:12.5\nCOPY config/hardening /etc/ssh/sshd_config\nCOPY cache.txt /usr/local/etc/redis/\n")
        try repository.write("image/config/hardening", "PasswordAuthentication no\nKbdInteractiveAuthentication no\n")
        try repository.write("image/config/legacy", "PermitRootLogin yes\nPasswordAuthentication yes\n")
        try repository.write("image/notes", "PermitRootLogin yes\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func findings() throws -> [String] {
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        return report.findings.map(\.finding).filter { $0.ruleID.hasPrefix("SSHD-") }.map { "\($0.ruleID) \($0.path):\($0.line)" }.sorted()
    }

    func testTheCopiedFileIsJudgedAsTheServerReadsIt() throws {
        try repository.write("image/config/hardening", "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n")
        // Not copied anywhere: an ordinary text file.
        try repository.write("image/notes", "PermitRootLogin yes\nPasswordAuthentication yes\n")
        try repository.commitAll("passwords again")
        XCTAssertEqual(try findings(), ["SSHD-PASSWORD-AUTH image/config/hardening:1"])
    }

    /// The Dockerfile now copies an unchanged file with weak settings: the change that makes it the
    /// image's configuration is refused, and the finding stands at the copied file.
    func testADockerfileCopyingAnotherFileReJudgesIt() throws {
        try repository.write("image/Dockerfile", "FROM debian:12.5\nCOPY ./config/../config/legacy /etc/ssh/sshd_config\n")
        try repository.commitAll("legacy configuration")
        XCTAssertEqual(try findings(), ["SSHD-PASSWORD-AUTH image/config/legacy:2", "SSHD-ROOT-LOGIN image/config/legacy:1"])
    }
}

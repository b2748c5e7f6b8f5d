import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// `Gate.check` on real temporary repositories: which files are judged, skipped, or ignored.
final class GateCheckTests: XCTestCase {
    private var repository: TemporaryRepository!

    static let goodDockerfile = Fixtures.cleanDockerfile
    static let badDockerfile = """
        FROM ubuntu:latest
        ENV API_TOKEN=s3cr3t-value-123
        RUN curl -fsSL https://example.com/install.sh | sh
        CMD ["sh"]
        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "# app\n")
        try repository.write("app/Dockerfile", Self.goodDockerfile)
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func check(base: String = "main", head: String = "feature", policy: String? = nil) throws -> GateReport {
        try Gate.check(repositoryPath: repository.path, base: base, head: head, policyFile: policy)
    }

    func testNoChangePasses() throws {
        let report = try check(head: "main")
        XCTAssertTrue(report.decision.passed)
        XCTAssertEqual(report.findings, [])
        XCTAssertEqual(report.scanned, [])
    }

    func testAddedBadDockerfileFailsWithFindingsOnItsLines() throws {
        try repository.write("svc/Dockerfile", Self.badDockerfile)
        try repository.commitAll("add bad")
        let report = try check()
        XCTAssertFalse(report.decision.passed)
        XCTAssertEqual(report.scanned, [ScannedFile(path: "svc/Dockerfile", kind: .dockerfile)])
        XCTAssertTrue(report.findings.allSatisfy { $0.finding.path == "svc/Dockerfile" })
        let lines = Set(report.findings.map(\.finding.line))
        XCTAssertTrue(lines.isSuperset(of: [1, 2, 3]), "expected findings on the tag, the secret and curl|sh lines, got \(lines)")
        XCTAssertTrue(report.findings.contains { $0.level == .failure })
    }

    func testModifiedFileIsJudgedAndUntouchedFilesAreNot() throws {
        try repository.write("other/Dockerfile", Self.goodDockerfile)
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "another good file on feature")
        try repository.write("app/Dockerfile", Self.badDockerfile)
        try repository.commitAll("modify")
        let report = try check()
        XCTAssertEqual(Set(report.scanned.map(\.path)), ["app/Dockerfile", "other/Dockerfile"])
        XCTAssertFalse(report.decision.passed)
        XCTAssertFalse(report.findings.contains { $0.finding.path == "other/Dockerfile" })
    }

    func testDeletedFilesAreNotScanned() throws {
        try repository.delete("app/Dockerfile")
        try repository.commitAll("delete")
        let report = try check()
        XCTAssertTrue(report.decision.passed)
        XCTAssertEqual(report.scanned, [])
    }

    func testRenamedFileIsJudgedUnderItsNewPath() throws {
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent("service"), withIntermediateDirectories: true)
        try repository.git("mv", "app/Dockerfile", "service/Dockerfile")
        try repository.commitAll("rename")
        let report = try check()
        XCTAssertEqual(report.scanned.map(\.path), ["service/Dockerfile"])
        XCTAssertTrue(report.decision.passed)
    }

    func testNonInfrastructureFilesAreIgnored() throws {
        try repository.write("src/main.swift", "print(1)\n")
        try repository.write("docs/notes.yaml", "title: notes\nitems: [1, 2]\n")
        try repository.commitAll("code")
        let report = try check()
        XCTAssertEqual(report.scanned, [])
        XCTAssertEqual(report.skipped, [])
        XCTAssertTrue(report.decision.passed)
    }

    func testBinaryInfrastructureFileIsSkippedAndFailsClosed() throws {
        try repository.write("bin/Dockerfile", Data([0x46, 0x52, 0x4F, 0x4D, 0x00, 0x01, 0x02]))
        try repository.commitAll("binary")
        let report = try check()
        XCTAssertEqual(report.skipped.map(\.reason), [.binary])
        XCTAssertEqual(report.findings.map(\.finding.ruleID), [GateRules.unscannedFile.id])
        XCTAssertFalse(report.decision.passed)
    }

    func testInvalidUTF8IsSkippedWithReason() throws {
        try repository.write("latin1/Dockerfile", Data([0x46, 0x52, 0x4F, 0x4D, 0x20, 0xE9, 0xE8, 0x0A]))
        try repository.commitAll("latin1")
        let report = try check()
        XCTAssertEqual(report.skipped.map(\.reason), [.notUTF8])
        XCTAssertFalse(report.decision.passed)
    }

    func testOverLimitFileIsSkippedWithReasonAndPolicyCanRaiseTheLimit() throws {
        let padding = String(repeating: "# padding to get past the limit\n", count: 70_000)
        try repository.write("big/Dockerfile", padding + Self.badDockerfile)
        try repository.commitAll("big")
        let report = try check()
        XCTAssertEqual(report.skipped.map(\.reason), [.tooLarge])
        XCTAssertEqual(report.findings.map(\.finding.ruleID), [GateRules.unscannedFile.id])

        let policy = repository.root.appendingPathComponent("trusted.yml").path
        try "version: 1\nmax_file_size: 4MiB\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let raised = try check(policy: policy)
        XCTAssertEqual(raised.skipped, [])
        XCTAssertTrue(raised.findings.contains { $0.finding.ruleID.hasPrefix("DOCKER-") })
    }

    func testSymlinkIsJudgedAsItsTargetAndSubmoduleIsSkipped() throws {
        try FileManager.default.createSymbolicLink(atPath: repository.root.appendingPathComponent("Dockerfile").path,
                                                   withDestinationPath: "app/Dockerfile")
        let commit = try repository.git("rev-parse", "HEAD")
        try repository.git("add", "Dockerfile")
        try repository.git("update-index", "--add", "--cacheinfo", "160000,\(commit),vendor/lib")
        try repository.git("commit", "-qm", "link and submodule")
        let report = try check()
        XCTAssertEqual(report.skipped.map(\.reason), [.submodule])
        XCTAssertTrue(report.scanned.contains { $0.path == "Dockerfile" && $0.kind == .dockerfile }, "\(report.scanned)")
    }

    func testAMissingObjectANeighbourRuleNeedsCannotBeDecided() throws {
        let policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: apps}\nspec: {podSelector: {}}\n"
        try repository.write("policies/apps.yaml", policy)
        try repository.commitAll("policy")
        try repository.write("apps/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: apps}\nspec: {template: {spec: {containers: [{name: web, image: nginx}]}}}\n")
        try repository.commitAll("workload")
        // A corrupt server: the neighbour's blob is gone from the object database.
        let blob = try repository.git("rev-parse", "HEAD:policies/apps.yaml")
        try FileManager.default.removeItem(at: repository.root.appendingPathComponent(".git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"))
        XCTAssertThrowsError(try check(base: "HEAD~1", head: "HEAD")) { error in
            guard case GateError.undecidable(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains(String(blob.prefix(7))) || message.contains("policies"), message)
        }
    }

    func testRevisionsByTagShortShaAndRelativeName() throws {
        try repository.write("svc/Dockerfile", Self.badDockerfile)
        try repository.commitAll("bad")
        try repository.git("tag", "v1", "main")
        try repository.git("tag", "-a", "v2", "-m", "annotated", "feature")
        let mainSha = try repository.git("rev-parse", "--short", "main")
        for (base, head) in [("v1", "v2"), (mainSha, "feature"), ("feature~1", "HEAD")] {
            let report = try check(base: base, head: head)
            XCTAssertFalse(report.decision.passed, "\(base)..\(head)")
            XCTAssertEqual(report.scanned.map(\.path), ["svc/Dockerfile"], "\(base)..\(head)")
        }
    }

    func testChangesOnTheBaseBranchAreNotBlamedOnTheHead() throws {
        try repository.write("svc/Dockerfile", Self.goodDockerfile)
        try repository.commitAll("feature work")
        try repository.git("checkout", "-q", "main")
        try repository.write("mainline/Dockerfile", Self.badDockerfile)
        try repository.commitAll("main moved on")
        let report = try check(base: "main", head: "feature")
        XCTAssertEqual(report.scanned.map(\.path), ["svc/Dockerfile"], "only merge-base..head is judged")
        XCTAssertTrue(report.decision.passed)
    }

    func testUnrelatedHistoriesJudgeEveryFileOfHeadAndSaySo() throws {
        try repository.git("checkout", "-q", "--orphan", "unrelated")
        try repository.write("svc/Dockerfile", Self.badDockerfile)
        try repository.commitAll("unrelated root")
        let report = try check(base: "main", head: "unrelated")
        XCTAssertEqual(Set(report.scanned.map(\.path)), ["app/Dockerfile", "svc/Dockerfile"])
        XCTAssertTrue(report.notices.contains { $0.contains("share no history") }, "\(report.notices)")
    }

    func testBareRepository() throws {
        try repository.write("svc/Dockerfile", Self.badDockerfile)
        try repository.commitAll("bad")
        let bare = repository.root.appendingPathComponent("bare.git").path
        try repository.git("clone", "-q", "--bare", repository.path, bare)
        let report = try Gate.check(repositoryPath: bare, base: "main", head: "feature", policyFile: nil)
        XCTAssertFalse(report.decision.passed)
        XCTAssertEqual(report.scanned.map(\.path), ["svc/Dockerfile"])
    }

    func testUnknownRevisionCannotBeDecided() throws {
        XCTAssertThrowsError(try check(base: "no-such-branch")) { error in
            XCTAssertEqual((error as? GateError)?.exitCode, ExitStatus.undecidable)
        }
    }

    func testMissingRepositoryCannotBeDecided() {
        XCTAssertThrowsError(try Gate.check(repositoryPath: "/nonexistent/infragate", base: "a", head: "b", policyFile: nil)) { error in
            XCTAssertEqual((error as? GateError)?.exitCode, ExitStatus.undecidable)
        }
    }
}

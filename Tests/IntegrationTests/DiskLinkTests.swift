import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// `scan PATH…` on disk resolves links as the git path does: inside the scanned folder a link is
/// its target's content under its own name; out of it, looping or dangling, it fails closed.
final class DiskLinkTests: XCTestCase {
    private var folder: TemporaryRepository!

    override func setUpWithError() throws {
        folder = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
    }

    func testLinkInsideTheFolderIsJudgedAsItsTarget() throws {
        try folder.write("build/root.txt", "FROM ubuntu:22.04\nUSER root\nCMD [\"sh\"]\n")
        try folder.symlink("app/Dockerfile", to: "../build/root.txt")
        let report = try Gate.scanFiles([folder.path], policyFile: nil)
        XCTAssertTrue(report.findings.contains { $0.finding.ruleID == "DOCKER-ROOT-USER" && $0.finding.path == "app/Dockerfile" },
                      "\(report.findings.map(\.finding.ruleID))")
    }

    func testLinksLeavingTheFolderLoopingOrDanglingFailClosed() throws {
        try folder.symlink("a/Dockerfile", to: "/etc/hostname")
        try folder.symlink("b/Dockerfile", to: "../../x/Dockerfile")
        try folder.symlink("c/Dockerfile", to: "Dockerfile")
        try folder.symlink("d/Dockerfile", to: "nothing-here")
        let report = try Gate.scanFiles([folder.path], policyFile: nil)
        let unscanned = report.findings.filter { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }.map(\.finding.path)
        XCTAssertEqual(unscanned.sorted(), ["a/Dockerfile", "b/Dockerfile", "c/Dockerfile", "d/Dockerfile"])
        XCTAssertFalse(report.decision.passed)
    }
}

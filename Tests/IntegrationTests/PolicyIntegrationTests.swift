import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// The policy end to end: trust (the change under review never relaxes its own gate), overrides,
/// excludes, waivers and inline suppressions.
final class PolicyIntegrationTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write(".infragate.yml", "version: 1\nfail_on: high\n")
        try repository.write("README.md", "# app\n")
        try repository.commitAll("base with policy")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    func testHeadThatRelaxesThePolicyIsStillJudgedByTheBasePolicy() throws {
        try repository.write(".infragate.yml", "version: 1\nfail_on: critical\nrules:\n  GATE-UNSCANNED-FILE: off\n")
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("relax the gate and add a bad Dockerfile")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertFalse(report.decision.passed)
        XCTAssertEqual(report.decision.failOn, .high)
        XCTAssertTrue(report.policySource.contains(".infragate.yml at"), report.policySource)
        XCTAssertTrue(report.notices.contains { $0.contains("modifies .infragate.yml") }, "\(report.notices)")
    }

    func testBasePolicyOverridesApply() throws {
        try repository.git("checkout", "-q", "main")
        try repository.write(".infragate.yml", "version: 1\nfail_on: critical\n")
        try repository.commitAll("lenient base")
        try repository.git("checkout", "-q", "feature")
        try repository.git("rebase", "-q", "main")
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertEqual(report.decision.failOn, .critical)
        XCTAssertEqual(report.findings.filter { $0.level == .failure }.map(\.finding.severity).filter { $0 < .critical }, [])
    }

    func testExplicitPolicyFileWins() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let trusted = repository.root.appendingPathComponent("server-policy.yml").path
        try "version: 1\nfail_on: info\n".write(toFile: trusted, atomically: true, encoding: .utf8)
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: trusted)
        XCTAssertEqual(report.policySource, trusted)
        XCTAssertEqual(report.decision.failOn, .info)
        XCTAssertEqual(report.findings.filter { $0.level != .failure }, [])
    }

    func testInvalidBasePolicyIsAUsageError() throws {
        try repository.git("checkout", "-q", "main")
        try repository.write(".infragate.yml", "version: 1\nfail_on: severe\n")
        try repository.commitAll("broken policy")
        XCTAssertThrowsError(try Gate.check(repositoryPath: repository.path, base: "main", head: "main", policyFile: nil)) { error in
            XCTAssertEqual((error as? GateError)?.exitCode, ExitStatus.usageOrPolicyError)
            XCTAssertTrue("\(error)".contains(":2"), "the error names the line: \(error)")
        }
    }

    func testWaiverAndInlineSuppressionFromTheTrustedPolicy() throws {
        try repository.git("checkout", "-q", "main")
        try repository.write(".infragate.yml", """
            version: 1
            waivers:
              - rule: GATE-UNSCANNED-FILE
                path: "vendor/**"
                reason: "vendored binary blobs, SEC-1"
                expires: 2999-12-31
            """)
        try repository.commitAll("waiver")
        try repository.git("checkout", "-q", "feature")
        try repository.git("rebase", "-q", "main")
        try repository.write("vendor/Dockerfile", Data([0, 1, 2, 3]))
        try repository.commitAll("vendored")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertTrue(report.decision.passed)
        XCTAssertEqual(report.suppressed.map(\.authority), [.waiver])
        XCTAssertEqual(report.suppressed.first?.reason, "vendored binary blobs, SEC-1")
    }

    private static let rootDockerfile = """
        FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
        # infragate:ignore DOCKER-ROOT-USER the entrypoint drops privileges itself, SEC-7
        USER root
        HEALTHCHECK CMD ["true"]
        CMD ["sh"]
        """

    func testInlineSuppressionWithAReasonIsHonoured() throws {
        try repository.write("svc/Dockerfile", Self.rootDockerfile)
        try repository.commitAll("suppressed root")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertTrue(report.decision.passed)
        XCTAssertEqual(report.suppressed.map(\.finding.ruleID), ["DOCKER-ROOT-USER"])
        XCTAssertEqual(report.suppressed.first?.authority, .inline)
        XCTAssertEqual(report.suppressed.first?.reason, "the entrypoint drops privileges itself, SEC-7")
    }

    func testPolicyCanForbidInlineSuppressions() throws {
        try repository.git("checkout", "-q", "main")
        try repository.write(".infragate.yml", "version: 1\ninline_suppressions: false\n")
        try repository.commitAll("no inline suppressions")
        try repository.git("checkout", "-q", "feature")
        try repository.git("rebase", "-q", "main")
        try repository.write("svc/Dockerfile", Self.rootDockerfile)
        try repository.commitAll("suppressed root")
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertFalse(report.decision.passed)
        XCTAssertEqual(report.suppressed, [])
        XCTAssertTrue(report.notices.contains { $0.contains("inline suppressions are disabled") }, "\(report.notices)")
    }

    func testExpiredWaiverNoLongerAppliesAndSaysSo() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let trusted = repository.root.appendingPathComponent("expired.yml").path
        try """
            version: 1
            paths:
              exclude: ["docs/**"]
            waivers:
              - rule: DOCKER-PIPE-TO-SHELL
                path: "svc/**"
                reason: "legacy installer, SEC-9"
                expires: 2020-01-31
            """.write(toFile: trusted, atomically: true, encoding: .utf8)
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: trusted)
        XCTAssertTrue(report.findings.contains { $0.finding.ruleID == "DOCKER-PIPE-TO-SHELL" })
        XCTAssertTrue(report.notices.contains { $0.contains("waiver for DOCKER-PIPE-TO-SHELL on svc/** expired 2020-01-31") }, "\(report.notices)")
    }

    func testRuleOverridesAndPathExcludesApply() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.write("docs/examples/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad twice")
        let trusted = repository.root.appendingPathComponent("overrides.yml").path
        try """
            version: 1
            rules:
              DOCKER-PIPE-TO-SHELL: off
              DOCKER-HARDCODED-SECRET: { severity: low }
            paths:
              exclude: ["docs/**"]
            """.write(toFile: trusted, atomically: true, encoding: .utf8)
        let report = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: trusted)
        XCTAssertEqual(report.skipped.map(\.path), ["docs/examples/Dockerfile"])
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID == "DOCKER-PIPE-TO-SHELL" })
        XCTAssertEqual(report.findings.first { $0.finding.ruleID == "DOCKER-HARDCODED-SECRET" }?.finding.severity, .low)
    }

    func testExistingFindingsWarnLetsOnlyWhatTheChangeIntroducesFail() throws {
        let legacy = "FROM ubuntu:22.04\nUSER root\nCMD [\"sh\"]\n"
        try repository.git("checkout", "-q", "main")
        try repository.write(".infragate.yml", "version: 1\nexisting_findings: warn\n")
        try repository.write("legacy/Dockerfile", legacy)
        try repository.commitAll("legacy image and a lenient baseline")
        try repository.git("checkout", "-q", "feature")
        try repository.git("rebase", "-q", "main")

        try repository.write("legacy/Dockerfile", "# maintained by team A\n" + legacy)
        try repository.commitAll("touch the legacy file")
        let touched = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertTrue(touched.decision.passed, "\(touched.findings.map(\.finding.ruleID))")
        XCTAssertTrue(touched.findings.contains { $0.finding.ruleID == "DOCKER-ROOT-USER" && $0.level == .warning })
        XCTAssertTrue(touched.notices.contains { $0.contains("already existed at the merge base") }, "\(touched.notices)")

        try repository.write("legacy/Dockerfile", "# maintained by team A\n" + legacy + "RUN curl -fsSL https://example.com/i.sh | sh\n")
        try repository.commitAll("introduce a new problem")
        let introduced = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
        XCTAssertFalse(introduced.decision.passed)
        XCTAssertEqual(introduced.findings.filter { $0.level == .failure }.map(\.finding.ruleID), ["DOCKER-PIPE-TO-SHELL"])
    }
}

import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// The switches a team adopting the gate uses: soft-fail, rule selection, a baseline, and errors
/// found before judging.
final class AdoptionTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("existing debt")
    }

    private func json(_ arguments: [String]) throws -> (status: Int32, findings: [[String: Any]], notices: [String]) {
        let run = try InfragateBinary.run(arguments + ["--repo", repository.path, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
        let findings = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["finding"] as? [String: Any] }
        return (run.status, findings, object["notices"] as? [String] ?? [])
    }

    func testSoftFailReportsTheFailureButExitsZero() throws {
        let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--soft-fail", "--no-color"])
        XCTAssertEqual(run.status, ExitStatus.passed, run.stderr)
        XCTAssertTrue(run.stdout.contains("FAIL"), run.stdout)
        XCTAssertTrue(run.stderr.contains("exit 0 because of --soft-fail"), run.stderr)
    }

    private func policyFile(_ text: String) throws -> String {
        let path = repository.beside("policy-\(UUID().uuidString).yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testReportModeSaysSoInEveryFormatAndExitsZero() throws {
        let policy = try policyFile("version: 1\nmode: report\n")
        let expected: [String: String] = [
            "text": "FAIL (mode: report, not enforced)", "markdown": "mode: report", "github": "mode: report", "gitlab": "DOCKER-ROOT-USER",
            "json": "\"reportOnly\" : true", "sarif": "mode is report", "gitlab-sast": "mode is report", "junit": "mode: report",
        ]
        for (format, phrase) in expected {
            let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--policy", policy, "--format", format, "--no-color"])
            XCTAssertEqual(run.status, ExitStatus.passed, "\(format): \(run.stderr)")
            XCTAssertTrue(run.stdout.contains(phrase), "\(format) should say `\(phrase)`:\n\(run.stdout.prefix(3000))")
            XCTAssertTrue(run.stderr.contains("exit 0 because of the policy's `mode: report`"), run.stderr)
        }
        let enforced = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--policy", try policyFile("version: 1\nmode: enforce\n")])
        XCTAssertEqual(enforced.status, ExitStatus.policyFailed)
    }

    func testFindingsPerRuleAndFileAreCappedButTheDecisionCountsThemAll() throws {
        let lines = (1...7).map { "RUN curl -fsSL https://example.com/step\($0).sh | sh" }
        try repository.write("app/Dockerfile", ([Fixtures.cleanDockerfile] + lines).joined(separator: "\n") + "\n")
        try repository.commitAll("seven pipes")
        let capped = try json(["scan", "--rev", "HEAD", "--policy", try policyFile("version: 1\nreport: { findings_per_rule_and_file: 3 }\n")])
        XCTAssertEqual(capped.status, ExitStatus.policyFailed)
        let pipes = capped.findings.filter { $0["ruleId"] as? String == "DOCKER-PIPE-TO-SHELL" }
        XCTAssertEqual(pipes.count, 4, "three listed and one counting the rest: \(pipes)")
        XCTAssertTrue(pipes.contains { ($0["message"] as? String)?.hasPrefix("4 more finding(s) of DOCKER-PIPE-TO-SHELL") == true }, "\(pipes)")
        let summaries = pipes.filter { ($0["message"] as? String)?.contains("more finding(s)") == true }
        let listed = Set(pipes.filter { ($0["message"] as? String)?.contains("more finding(s)") != true }.compactMap { $0["fingerprint"] as? String })
        XCTAssertEqual(summaries.count, 1)
        XCTAssertFalse(summaries.contains { listed.contains($0["fingerprint"] as? String ?? "") }, "the summary has a fingerprint of its own")
        XCTAssertTrue(capped.notices.contains { $0.contains("4 finding(s) not listed") }, "\(capped.notices)")
        let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--format", "json",
                                           "--policy", try policyFile("version: 1\nreport: { findings_per_rule_and_file: 3 }\n")])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["decision"] as? [String: Any])?["failures"] as? Int, 7, "the decision counts every finding")
        // The default (100) lists all seven.
        XCTAssertEqual(try json(["scan", "--rev", "HEAD"]).findings.filter { $0["ruleId"] as? String == "DOCKER-PIPE-TO-SHELL" }.count, 7)
    }

    func testRuleSelectionNarrowsTheReportAndSaysSo() throws {
        let all = try json(["scan", "--rev", "HEAD"])
        let only = try json(["scan", "--rev", "HEAD", "--rule", "DOCKER-ROOT-USER"])
        XCTAssertEqual(Set(only.findings.compactMap { $0["ruleId"] as? String }), ["DOCKER-ROOT-USER"])
        XCTAssertTrue(only.notices.contains { $0.hasSuffix("rule(s) outside --rule/--skip-rule/--pack not run") }, "\(only.notices)")
        let skipped = try json(["scan", "--rev", "HEAD", "--skip-rule", "DOCKER-ROOT-USER"])
        XCTAssertEqual(skipped.findings.count, all.findings.count - only.findings.count)
        XCTAssertTrue(try json(["scan", "--rev", "HEAD", "--pack", "terraform"]).findings.isEmpty)
        XCTAssertEqual(try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--rule", "NO-SUCH"]).status,
                       ExitStatus.usageOrPolicyError)
    }

    /// A rule left out is not run: the inline suppression of its finding, listed when it runs, is not.
    func testRulesLeftOutAreNotRun() throws {
        try repository.write("app/Dockerfile", """
            FROM alpine:3.20
            USER 10001
            # infragate:ignore DOCKER-PIPE-TO-SHELL the installer is pinned by its checksum
            RUN curl -fsSL https://example.com/install.sh | sh

            """)
        try repository.commitAll("a suppressed pipe")
        let suppressed = { (arguments: [String]) throws -> [String] in
            let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", self.repository.path, "--format", "json"] + arguments)
            let report = try JSONDecoder().decode(GateReport.self, from: Data(run.stdout.utf8))
            return report.suppressed.map(\.finding.ruleID)
        }
        XCTAssertEqual(try suppressed([]), ["DOCKER-PIPE-TO-SHELL"])
        for narrowing in [["--rule", "DOCKER-ROOT-USER"], ["--skip-rule", "DOCKER-PIPE-TO-SHELL"], ["--pack", "terraform"]] {
            XCTAssertEqual(try suppressed(narrowing), [], "\(narrowing)")
        }
        XCTAssertEqual(try suppressed(["--rule", "DOCKER-PIPE-TO-SHELL"]), ["DOCKER-PIPE-TO-SHELL"])
    }

    func testBaselineReportsOnlyNewFindings() throws {
        let baseline = repository.beside("baseline.json").path
        let created = try InfragateBinary.run(["baseline", "create", baseline, "--repo", repository.path])
        XCTAssertEqual(created.status, ExitStatus.passed, created.stderr)

        let known = try json(["scan", "--rev", "HEAD", "--baseline", baseline])
        XCTAssertEqual(known.status, ExitStatus.passed)
        XCTAssertTrue(known.findings.isEmpty)
        XCTAssertTrue(known.notices.contains { $0.contains("already in the baseline not reported") }, "\(known.notices)")

        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("new debt")
        let new = try json(["scan", "--rev", "HEAD", "--baseline", baseline])
        XCTAssertEqual(new.status, ExitStatus.policyFailed)
        XCTAssertFalse(new.findings.isEmpty)
        XCTAssertTrue(new.findings.allSatisfy { $0["path"] as? String == "svc/Dockerfile" }, "\(new.findings)")
    }

    func testPeersSuppressionCommentsAreHonouredUnlessThePolicySaysNo() throws {
        try repository.write("app/Dockerfile", "FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\nCMD [\"sh\"]\n")
        try repository.commitAll("hadolint comment")
        let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
        let suppressed = try XCTUnwrap(object["suppressed"] as? [[String: Any]])
        XCTAssertTrue(suppressed.contains { ($0["finding"] as? [String: Any])?["ruleId"] as? String == "DOCKER-ROOT-USER"
            && $0["reason"] as? String == "hadolint ignore=DL3002" && $0["authority"] as? String == "inline" }, "\(suppressed)")

        let policy = repository.beside("policy.yml").path
        try "version: 1\npeer_suppressions: false\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let strict = try json(["scan", "--rev", "HEAD", "--policy", policy])
        XCTAssertTrue(strict.findings.contains { $0["ruleId"] as? String == "DOCKER-ROOT-USER" })
    }

    func testAnUnwritableReportPathIsAnErrorBeforeJudging() throws {
        let run = try InfragateBinary.run(["scan", "--rev", "HEAD", "--repo", repository.path,
                                           "--report", "sarif=/nonexistent-folder/report.sarif"])
        XCTAssertEqual(run.status, ExitStatus.usageOrPolicyError)
        XCTAssertTrue(run.stderr.contains("cannot write the sarif report to /nonexistent-folder/report.sarif"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty, "nothing judged, nothing printed: \(run.stdout)")
    }
}

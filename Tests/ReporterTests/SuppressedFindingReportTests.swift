import Foundation
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

/// Every format shows what was suppressed, with its reason and authority, without counting it.
final class SuppressedFindingReportTests: XCTestCase {
    private let report = ReportFixtures.report(
        [JudgedFinding(finding: ReportFixtures.finding(path: "a/Dockerfile", line: 2), level: .failure)],
        suppressed: [
            SuppressedFinding(finding: ReportFixtures.finding(path: "b/Dockerfile", line: 4), authority: .inline, reason: "binds port 80"),
            SuppressedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, path: "legacy/Dockerfile", line: 1),
                              authority: .waiver, reason: "vendor image, SEC-123"),
            SuppressedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, path: "c/Dockerfile", line: 1),
                              authority: .ruleOff, reason: "rules: TEST-LATEST-TAG: off"),
        ])

    private func render(_ format: OutputFormat) -> String {
        format.render(report, options: ReportFixtures.options)
    }

    private func json(_ format: OutputFormat) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(render(format).utf8))
    }

    func testSARIFMarksSuppressedResultsWithKindAndJustification() throws {
        let log = try XCTUnwrap(try json(.sarif) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 4)
        XCTAssertNil(results[0]["suppressions"], "the active finding is not suppressed")
        let suppressions = results.dropFirst().map { ($0["suppressions"] as? [[String: String]])?.first ?? [:] }
        XCTAssertEqual(suppressions.map { $0["kind"] }, ["inSource", "external", "external"])
        XCTAssertEqual(suppressions.map { $0["justification"] }, [
            "inline comment: binds port 80",
            "turned off by policy built-in defaults: rules: TEST-LATEST-TAG: off",
            "waiver in policy built-in defaults: vendor image, SEC-123",
        ])
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, ["TEST-ROOT-USER", "TEST-LATEST-TAG"])
    }

    func testCodeQualityListsSuppressedFindingsAsInfoIssuesWithDistinctFingerprints() throws {
        let issues = try XCTUnwrap(try json(.gitlab) as? [[String: Any]])
        XCTAssertEqual(issues.compactMap { $0["severity"] as? String }, ["critical", "info", "info", "info"])
        let descriptions = issues.dropFirst().compactMap { $0["description"] as? String }
        XCTAssertTrue(descriptions[0].hasPrefix("Suppressed (inline comment: binds port 80): "), descriptions[0])
        XCTAssertTrue(descriptions[2].hasPrefix("Suppressed (waiver in policy built-in defaults: vendor image, SEC-123): "), descriptions[2])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(Set(fingerprints).count, 4)
    }

    func testSASTKeepsSuppressedFindingsOutOfVulnerabilitiesAndSaysSo() throws {
        let document = try XCTUnwrap(try json(.gitlabSAST) as? [String: Any])
        XCTAssertEqual((document["vulnerabilities"] as? [Any])?.count, 1)
        let messages = try XCTUnwrap((document["scan"] as? [String: Any])?["messages"] as? [[String: String]])
        XCTAssertEqual(messages.count, 1)
        XCTAssertEqual(messages[0]["level"], "info")
        let text = messages[0]["value"] ?? ""
        XCTAssertTrue(text.hasPrefix("3 findings suppressed (1 inline, 1 by waiver, 1 turned off by the policy), not reported as vulnerabilities"), text)
        XCTAssertTrue(text.contains("TEST-ROOT-USER b/Dockerfile:4 (inline comment: binds port 80)"), text)
    }

    func testSASTWithoutSuppressionsHasNoMessages() throws {
        let plain = ReportFixtures.report([])
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(OutputFormat.gitlabSAST.render(plain, options: ReportFixtures.options).utf8)) as? [String: Any])
        XCTAssertNil((document["scan"] as? [String: Any])?["messages"])
    }

    func testGitHubAnnotationsEndWithANoticeSummarisingSuppressions() {
        let lines = render(.github).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("::error "), lines[0])
        XCTAssertEqual(lines[1], "::notice title=infragate suppressions::3 findings suppressed (1 inline, 1 by waiver, 1 turned off by the policy): not annotated, not counted. The job summary lists each with its reason and authority.")
    }

    func testTheSuppressionNoticeKeepsItsSlotWhenNoticesOverflow() {
        let notices = (1...10).map { JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, line: $0), level: .notice) }
        let crowded = ReportFixtures.report(notices, suppressed: report.suppressed)
        let lines = OutputFormat.github.render(crowded, options: ReportFixtures.options).split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::notice") }.count, 10, "GitHub shows only 10 notices")
        XCTAssertTrue(lines.contains { $0.contains("title=infragate suppressions") })
        XCTAssertTrue(lines.last?.contains("2 more findings not annotated") ?? false, "\(lines)")
    }

    func testStepSummaryTablesEverySuppression() {
        let markdown = StepSummary.markdown(report)
        XCTAssertTrue(markdown.contains("### Suppressed findings (not counted)"), markdown)
        XCTAssertTrue(markdown.contains("| TEST-ROOT-USER | b/Dockerfile:4 | inline comment | binds port 80 |"), markdown)
        XCTAssertTrue(markdown.contains("| TEST-LATEST-TAG | legacy/Dockerfile:1 | waiver in policy built-in defaults | vendor image, SEC-123 |"), markdown)
    }

    func testJSONCarriesEveryAuthority() throws {
        let document = try XCTUnwrap(try json(.json) as? [String: Any])
        let suppressed = try XCTUnwrap(document["suppressed"] as? [[String: Any]])
        XCTAssertEqual(suppressed.compactMap { $0["authority"] as? String }, ["inline", "waiver", "rule-off"])
        XCTAssertEqual(suppressed.compactMap { $0["reason"] as? String }.first, "binds port 80")
    }
}

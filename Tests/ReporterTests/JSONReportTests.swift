import Foundation
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class JSONReportTests: XCTestCase {
    private let report = ReportFixtures.report(
        [
            JudgedFinding(finding: ReportFixtures.finding(line: 2, endLine: 3), level: .failure),
            JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, line: 1), level: .warning),
        ],
        suppressed: [
            SuppressedFinding(finding: ReportFixtures.finding(line: 9), authority: .waiver, reason: "Accepted until 2027-01-01"),
        ],
        skipped: [SkippedFile(path: "big.tf", reason: .tooLarge, detail: "3 MB, the limit is 1 MB")],
        notices: ["The policy changed in this diff; the base policy was used."])

    func testReportRoundTrips() throws {
        let output = OutputFormat.json.render(report, options: ReportFixtures.options)
        let decoded = try JSONDecoder().decode(GateReport.self, from: Data(output.utf8))
        XCTAssertEqual(decoded.findings, report.findings)
        XCTAssertEqual(decoded.suppressed, report.suppressed)
        XCTAssertEqual(decoded.skipped, report.skipped)
        XCTAssertEqual(decoded.scanned, report.scanned)
        XCTAssertEqual(decoded.notices, report.notices)
        XCTAssertEqual(decoded.decision, report.decision)
        XCTAssertEqual(decoded.scope, report.scope)
        XCTAssertEqual(decoded.policySource, report.policySource)
    }

    func testToolAndSchemaVersionAreNamedBesideTheReportKeysInSortedOrder() throws {
        let output = OutputFormat.json.render(report, options: ReportFixtures.options)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(object["tool"] as? [String: String], ["name": "infragate", "version": "1.2.3"])
        XCTAssertEqual(object["schemaVersion"] as? Int, 2)
        XCTAssertNotNil((object["findings"] as? [[String: Any]])?.first?["finding"].flatMap { ($0 as? [String: Any])?["ruleId"] },
                        "ruleId, as SARIF spells it")

        let topLevelKeys = output.components(separatedBy: "\n")
            .filter { $0.hasPrefix("  \"") }
            .compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
        XCTAssertEqual(topLevelKeys, [
            "decision", "findings", "notices", "policySource", "scanned", "schemaVersion", "scope", "skipped", "suppressed", "tool",
        ])
        XCTAssertEqual(OutputFormat.json.render(report, options: ReportFixtures.options), output)
    }
}

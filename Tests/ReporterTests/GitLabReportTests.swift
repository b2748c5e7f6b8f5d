import Foundation
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class GitLabReportTests: XCTestCase {
    func testCodeQualityForAKnownFindingIsExact() {
        let finding = ReportFixtures.finding(line: 2, identity: "stage:final|USER root")
        let output = OutputFormat.gitlab.render(
            ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]), options: ReportFixtures.options)
        XCTAssertEqual(output, """
            [
              {
                "categories" : [
                  "Security"
                ],
                "check_name" : "TEST-ROOT-USER",
                "description" : "Final stage runs as root: The final stage runs as root.",
                "fingerprint" : "\(finding.fingerprint)",
                "location" : {
                  "lines" : {
                    "begin" : 2
                  },
                  "path" : "Dockerfile"
                },
                "severity" : "critical"
              }
            ]

            """)
    }

    func testAnEmptyReportIsAnEmptyArrayWithoutByteOrderMark() {
        let output = OutputFormat.gitlab.render(ReportFixtures.report([]), options: ReportFixtures.options)
        XCTAssertEqual(Array(output.utf8.prefix(1)), Array("[".utf8))
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])?.isEmpty, true)
    }

    func testSeveritiesMapToCodeQualityNames() {
        let mapped = Severity.allCases.map(CodeQualityReport.severity)
        XCTAssertEqual(mapped, ["info", "minor", "major", "critical", "blocker"])
    }

    func testRepeatedConstructsGetUniqueStableFingerprints() throws {
        let first = ReportFixtures.finding(line: 4, identity: "same")
        let second = ReportFixtures.finding(line: 9, identity: "same")
        XCTAssertEqual(first.fingerprint, second.fingerprint)

        let forward = try issues(in: [first, second])
        let backward = try issues(in: [second, first])
        let fingerprintByLine = { (issues: [[String: Any]]) in
            Dictionary(uniqueKeysWithValues: issues.map { issue -> (Int, String) in
                let location = issue["location"] as? [String: Any]
                let lines = location?["lines"] as? [String: Any]
                return (lines?["begin"] as? Int ?? 0, issue["fingerprint"] as? String ?? "")
            })
        }
        XCTAssertEqual(fingerprintByLine(forward), [4: first.fingerprint, 9: first.fingerprint + "-2"])
        XCTAssertEqual(fingerprintByLine(backward), fingerprintByLine(forward))
    }

    func testALineOfZeroBecomesLineOne() throws {
        let issue = try XCTUnwrap(issues(in: [ReportFixtures.finding(line: 0)]).first)
        XCTAssertEqual((issue["location"] as? [String: Any]).flatMap { $0["lines"] as? [String: Int] }, ["begin": 1])
    }

    private func issues(in findings: [Finding]) throws -> [[String: Any]] {
        let report = ReportFixtures.report(findings.map { JudgedFinding(finding: $0, level: .failure) })
        let output = OutputFormat.gitlab.render(report, options: ReportFixtures.options)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }
}

import Foundation
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class SARIFReportTests: XCTestCase {
    func testLogHasTheStructureCodeScanningReads() throws {
        let report = ReportFixtures.report([
            JudgedFinding(finding: ReportFixtures.finding(line: 2, endLine: 3), level: .failure),
            JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, path: "app dir/Dockerfile", line: 1), level: .notice),
            JudgedFinding(finding: ReportFixtures.finding(line: 7), level: .warning),
        ])
        let output = SARIFReport(
            report: report, toolVersion: "1.2.3", catalog: [ReportFixtures.rootUser, ReportFixtures.latestTag]).render()
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])

        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "infragate")
        XCTAssertEqual(driver["version"] as? String, "1.2.3")

        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, ["TEST-ROOT-USER", "TEST-LATEST-TAG"], "each rule once")
        let rootRule = rules[0]
        XCTAssertEqual(text(rootRule["shortDescription"]), "Final stage runs as root")
        XCTAssertEqual(text(rootRule["fullDescription"]), ReportFixtures.rootUser.rationale)
        XCTAssertEqual(text(rootRule["help"]), ReportFixtures.rootUser.recommendation)
        XCTAssertEqual((rootRule["defaultConfiguration"] as? [String: String])?["level"], "error")
        let properties = try XCTUnwrap(rootRule["properties"] as? [String: Any])
        XCTAssertEqual(properties["security-severity"] as? String, "8.0")
        XCTAssertEqual(properties["tags"] as? [String], ["security", "external/cwe/cwe-250"])

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error", "warning", "note"])
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
            XCTAssertNotNil((result["partialFingerprints"] as? [String: String])?["infragate/v1"])
        }
        let location = try XCTUnwrap((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: String])?["uri"], "app%20dir/Dockerfile")
        XCTAssertEqual(location["region"] as? [String: Int], ["startLine": 1, "endLine": 1])
        XCTAssertEqual(text(results[0]["message"]), "The final stage runs as root.")
    }

    func testTheChangeBehindAFindingElsewhereIsARelatedLocation() throws {
        var finding = ReportFixtures.finding(line: 4)
        finding.related = [RelatedLocation(path: "infra/variables.tf", line: 2, message: "changed in this change")]
        let output = SARIFReport(report: ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]),
                                 toolVersion: "1.2.3", catalog: [ReportFixtures.rootUser]).render()
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let result = try XCTUnwrap(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let related = try XCTUnwrap((result["relatedLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(related["id"] as? Int, 1)
        XCTAssertEqual(text(related["message"]), "changed in this change")
        let location = try XCTUnwrap(related["physicalLocation"] as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: String])?["uri"], "infra/variables.tf")
        XCTAssertEqual(location["region"] as? [String: Int], ["startLine": 2, "endLine": 2])
    }

    func testSecuritySeverityFollowsGitHubBands() {
        XCTAssertEqual(Severity.allCases.map(SARIFReport.securitySeverity), ["1.0", "3.0", "5.5", "8.0", "9.5"])
    }

    func testARuleMissingFromTheCatalogIsDescribedFromItsFinding() throws {
        let report = ReportFixtures.report([JudgedFinding(finding: ReportFixtures.finding(), level: .failure)])
        let output = SARIFReport(report: report, toolVersion: "1.2.3", catalog: []).render()
        XCTAssertTrue(output.contains(#""fullDescription" : {"#))
        XCTAssertTrue(output.contains(#""text" : "Final stage runs as root""#))
    }

    func testRunsOverTheResultLimitKeepTheMostSevereAndSaySo() throws {
        let findings = (1...SARIFReport.resultLimit + 2).map { line in
            JudgedFinding(finding: ReportFixtures.finding(line: line), level: line <= 2 ? .notice : .failure)
        }
        let output = SARIFReport(report: ReportFixtures.report(findings), toolVersion: "1.2.3").render()
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])

        XCTAssertEqual(results.count, SARIFReport.resultLimit)
        XCTAssertFalse(results.contains { $0["level"] as? String == "note" }, "the two notices are the ones left out")
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        let notification = try XCTUnwrap((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        XCTAssertEqual(
            (notification["message"] as? [String: String])?["text"],
            "2 less severe results left out of 25002 (25002 active, 0 suppressed; suppressed ones are cut first): "
                + "code scanning accepts at most 25000 results per run. The JSON report lists all of them.")
    }

    func testRulesLinkTheirPagesAndTheRunNamesItsCategory() throws {
        let report = ReportFixtures.report([JudgedFinding(finding: ReportFixtures.finding(), level: .failure)])
        let output = OutputFormat.sarif.render(report, options: RenderOptions(
            toolVersion: "1.2.3", now: ReportFixtures.options.now, docsBaseURL: "https://docs.example/rules", sarifCategory: "infra/prod"))
        let run = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["runs"] as? [[String: Any]]).first
        let rule = try XCTUnwrap(((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]).first
        XCTAssertEqual(rule?["helpUri"] as? String, "https://docs.example/rules/TEST-ROOT-USER.md")
        XCTAssertEqual((run?["automationDetails"] as? [String: String])?["id"], "infra/prod/")
    }

    /// GitHub deduplicates alerts on primaryLocationLineHash: the same construct keeps its hash when
    /// lines above it move, and repeated constructs are numbered.
    func testLineHashFollowsTheConstructNotTheLine() throws {
        func hashes(_ lines: [Int]) throws -> [String] {
            let findings = lines.map { JudgedFinding(finding: ReportFixtures.finding(line: $0, identity: "USER root"), level: .failure) }
            let output = SARIFReport(report: ReportFixtures.report(findings), toolVersion: "1.2.3").render()
            let run = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["runs"] as? [[String: Any]]).first
            return try XCTUnwrap(run?["results"] as? [[String: Any]]).compactMap {
                ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"]
            }
        }
        let before = try hashes([2, 9])
        XCTAssertEqual(before, try hashes([12, 19]), "lines moved, alerts kept")
        XCTAssertEqual(before.map { $0.split(separator: ":").last }, ["1", "2"])
        XCTAssertEqual(Set(before.map { $0.split(separator: ":").first }).count, 1)
    }

    func testGzipSizeIsMeasured() {
        let repetitive = String(repeating: "{\"ruleId\": \"DOCKER-ROOT-USER\"}\n", count: 10_000)
        let size = GzipSize.of(repetitive)
        XCTAssertGreaterThan(size, 18, "a gzip header and trailer at least")
        XCTAssertLessThan(size, repetitive.utf8.count / 20)
    }

    private func text(_ value: Any?) -> String? {
        (value as? [String: Any])?["text"] as? String
    }
}

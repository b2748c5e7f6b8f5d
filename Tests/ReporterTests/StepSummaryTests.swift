import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class StepSummaryTests: XCTestCase {
    func testDecisionComesFirstAndEveryFindingHasARow() {
        let findings = (1...12).map { JudgedFinding(finding: ReportFixtures.finding(line: $0), level: .failure) }
        let markdown = StepSummary.markdown(ReportFixtures.report(findings))
        let lines = markdown.components(separatedBy: "\n")

        XCTAssertEqual(lines.first, "## infragate: ❌ failed")
        XCTAssertEqual(lines[2], "**FAIL**: 12 findings at or above fail_on (high).")
        XCTAssertEqual(lines.filter { $0.hasPrefix("| failure | high | TEST-ROOT-USER |") }.count, 12)
    }

    func testCellsCannotBreakTheTableOrInjectMarkup() {
        let finding = ReportFixtures.finding(
            path: "a|b`c<d>", message: "x | y `code` <img src=x onerror=alert(1)> [link](https://evil) *bold*\nnext")
        let markdown = StepSummary.markdown(ReportFixtures.report([JudgedFinding(finding: finding, level: .warning)]))
        let row = markdown.components(separatedBy: "\n").first { $0.hasPrefix("| warning ") } ?? ""

        XCTAssertEqual(row.components(separatedBy: " | ").count, 5, "five cells, no extra column: \(row)")
        XCTAssertTrue(row.contains(#"a\|b\`c&lt;d&gt;:2"#))
        XCTAssertTrue(row.contains(#"x \| y `code` &lt;img src=x onerror=alert(1)&gt; \[link\](https\://evil) \*bold\*\\nnext"#), row)
    }

    func testSkippedFilesAndNoticesAreListed() {
        let report = ReportFixtures.report(
            [], skipped: [SkippedFile(path: "vendor/x.tf", reason: .excluded, detail: "matches vendor/**")],
            notices: ["Policy changed"])
        let markdown = StepSummary.markdown(report)
        XCTAssertTrue(markdown.contains(#"| vendor/x.tf | excluded | matches vendor/\*\* |"#))
        XCTAssertTrue(markdown.contains("- Policy changed"))
        XCTAssertTrue(markdown.hasPrefix("## infragate: ✅ passed"))
    }

    func testLongSummaryIsCutBelowOneMebibyteWithANote() {
        let message = String(repeating: "m", count: 450)
        let findings = (1...3_000).map { JudgedFinding(finding: ReportFixtures.finding(line: $0, message: message), level: .failure) }
        let markdown = StepSummary.markdown(ReportFixtures.report(findings))

        XCTAssertLessThanOrEqual(markdown.utf8.count, StepSummary.byteLimit)
        XCTAssertTrue(markdown.hasPrefix("## infragate: ❌ failed"))
        XCTAssertTrue(markdown.hasSuffix("\n"))
        let note = markdown.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
        let shown = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| failure |") }.count
        XCTAssertEqual(note, "_Truncated at 1 MiB, GitHub's limit for a step summary: \(3_000 - shown) of 3000 findings not shown. "
            + "The JSON report (`--report json=PATH`) lists everything; SARIF keeps the 25,000 most severe._")
    }
}
